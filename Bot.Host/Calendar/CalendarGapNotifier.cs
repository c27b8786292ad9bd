using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Users;
using Bot.Host.Delivery;
using Bot.Storage.Calendar;
using Bot.Storage.Connection;
using Bot.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Calendar;

/// <summary>Tells the administrators, once per year, that a year the bot needs has no production calendar
/// and is counted Monday to Friday: the notice's record and its messages commit together, so however many
/// instances check, and however often, each administrator hears it once.</summary>
internal sealed class CalendarGapNotifier(
    IServiceScopeFactory scopes,
    IWorkCalendarSource calendars,
    IOptions<AdministratorsOptions> administrators,
    OutboxSignal outboxSignal,
    ILogger<CalendarGapNotifier> log,
    TimeProvider time)
{
    public async Task NotifyAsync(CancellationToken cancellationToken)
    {
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var missing = CalendarCoverage.MissingYears(calendar).ToList();
        log.LogDebug("Checked the production calendar: {Missing} needed year(s) without data", missing.Count);
        foreach (var year in missing)
        {
            if (await RecordAsync(year, cancellationToken))
            {
                log.LogWarning("There is no production calendar for {Year}: its working days are counted Monday to Friday until one is imported (calendar import FILE)", year);
                outboxSignal.Notify();
            }
        }
    }

    private async Task<bool> RecordAsync(int year, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var session = services.GetRequiredService<DbSession>();
        await session.BeginAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (!await services.GetRequiredService<CalendarGapNotices>().TryRecordAsync(year, now, cancellationToken))
        {
            return false;
        }

        var ids = administrators.Value.UserIds.ToList();
        var languages = await services.GetRequiredService<IUserActivityStore>().LanguagesAsync(ids, cancellationToken);
        var notices = ids.Select(id => new SendText(id, Texts.For(languages.GetValueOrDefault(id)).CalendarYearMissing(year)));
        await services.GetRequiredService<OutboxWriter>().EnqueueAsync(notices, now, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }
}
