using Bot.Core.Firm;
using Bot.Storage.Invites;
using Bot.Core.Localization;
using Bot.Host.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Host.Telegram;

/// <summary>Before polling starts: checks the token with getMe (a rejected token stops the bot with a clear sentence;
/// a firm name left at its default is warned about),
/// sets the webhook in webhook mode (a refusal fails readiness with Telegram's reason) or removes one left from it without dropping its pending updates, and registers the
/// command menu in Russian (the default) and English. Telegram being unreachable is not fatal: polling
/// keeps trying.</summary>
internal sealed class BotRegistration(ITelegramBotClient bot, DeliveryRetry retry, InviteRepository invites, WebhookHealth webhook, IOptions<TelegramOptions> telegram, IOptions<FirmOptions> firm, ILogger<BotRegistration> log, TimeProvider time)
{
    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        try
        {
            var me = await bot.GetMe(cancellationToken);
            log.LogInformation("Connected to the Bot API as @{Username}", me.Username);
            if (me.Username is { Length: > 0 } username)
            {
                // The invite command, run without the token, builds its links with it.
                await invites.SaveBotUsernameAsync(username, time.GetUtcNow(), cancellationToken);
            }

            if (firm.Value.Name == FirmOptions.DefaultName)
            {
                log.LogWarning("Firm:Name is not configured: greetings call the firm \"{Name}\"; set Firm__Name", FirmOptions.DefaultName);
            }
        }
        catch (ApiRequestException error) when (error.ErrorCode is 401 or 404)
        {
            throw new BotTokenRejectedException("Telegram rejected the token in Telegram:Token (401 Unauthorized): copy it again from @BotFather and set Telegram__Token.");
        }
        catch (Exception error) when (error is RequestException or HttpRequestException or TaskCanceledException)
        {
            log.LogWarning(error, "The Bot API is not reachable yet; polling will keep trying");
            return;
        }

        if (telegram.Value.Mode == TelegramOptions.WebhookMode)
        {
            var set = await retry.RunAsync(
                "setting the webhook",
                token => bot.SetWebhook(telegram.Value.WebhookUrl, allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery], secretToken: telegram.Value.WebhookSecret, cancellationToken: token),
                cancellationToken,
                webhook.Refused);
            if (set)
            {
                webhook.Registered();
            }
        }
        else
        {
            await retry.RunAsync("removing the webhook", token => bot.DeleteWebhook(dropPendingUpdates: false, token), cancellationToken);
        }

        await retry.RunAsync("the Russian command menu", token => bot.SetMyCommands(Commands(RussianTexts.Instance), cancellationToken: token), cancellationToken);
        await retry.RunAsync("the English command menu", token => bot.SetMyCommands(Commands(EnglishTexts.Instance), languageCode: "en", cancellationToken: token), cancellationToken);
    }

    private static BotCommand[] Commands(Texts texts) =>
    [
        new("start", texts.CommandStart),
        new("menu", texts.CommandMenu),
        new("help", texts.CommandHelp),
        new("cancel", texts.CommandCancel),
    ];
}
