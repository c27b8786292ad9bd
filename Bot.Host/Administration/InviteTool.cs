using System.Globalization;
using Bot.Storage.Invites;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Host.Administration.ToolAnswer;

namespace Bot.Host.Administration;

/// <summary><c>invite client INN [DAYS]</c> and <c>invite staff LOGIN [DAYS]</c>: prints a single-use deep
/// link that expires after DAYS days (7 unless given). The token is shown once and stored only as a hash.</summary>
internal static class InviteTool
{
    private const int DefaultDays = 7;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        if (args is not [("client" or "staff") and var kind, var key, .. var rest] || rest.Length > 1 || !TryDays(rest, out var days))
        {
            return 2;
        }

        var invites = services.GetRequiredService<InviteRepository>();
        var username = await invites.BotUsernameAsync(CancellationToken.None);
        if (username is null)
        {
            return await Refuse(errors, "The bot's username is not known yet: start the bot once (./run.sh), then create invites.");
        }

        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var lifetime = TimeSpan.FromDays(days);
        var token = kind == "client"
            ? await invites.ForClientAsync(key, now, lifetime, CancellationToken.None)
            : await invites.ForStaffAsync(key, now, lifetime, CancellationToken.None);
        if (token is null)
        {
            return await Refuse(errors, kind == "client" ? $"No active company with ИНН {key} (a company still connecting is invited once every department has its PM): see company list." : $"No active staff member '{key}': see staff list.");
        }

        await output.WriteLineAsync($"https://t.me/{username}?start={token}");
        await errors.WriteLineAsync($"Single use; valid until {(now + lifetime).UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
        return 0;
    }

    private static bool TryDays(string[] rest, out int days)
    {
        days = DefaultDays;
        return rest is [] || (int.TryParse(rest[0], NumberStyles.None, CultureInfo.InvariantCulture, out days) && days is >= 1 and <= 90);
    }
}
