using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Routing;
using Microsoft.Extensions.Options;

namespace Bot.Core.Digests;

/// <summary>The managers' digests: every working day on schedule (each manager's recorded with its messages,
/// so it goes out once), and on demand with <c>/digest</c>. The data are read once for all managers.</summary>
public sealed class DigestService(IDigestStore store, IDigestChart chart, IWorkCalendarSource calendars, IOptions<AdministratorsOptions> administrators, TimeProvider time)
{
    private const int WorstNamed = 3;

    public async Task<IReadOnlyList<Outgoing>> ScheduledAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var period = DigestPeriod.At(now, calendar);
        if (!calendar.IsWorkingDay(period.Today))
        {
            return [];
        }

        var managers = (await store.ManagersAsync([.. administrators.Value.UserIds], cancellationToken)).Where(m => m.SeesAnything).ToList();
        if (managers.Count == 0)
        {
            return [];
        }

        var data = await store.LoadAsync(period, WorstNamed, cancellationToken);
        var charts = new Dictionary<string, StoredFileRefHolder>(StringComparer.Ordinal);
        var replies = new List<Outgoing>();
        foreach (var manager in managers)
        {
            if (await store.TryRecordAsync(manager.UserId, period.Today, now, cancellationToken))
            {
                replies.AddRange(await MessagesAsync(manager.UserId, manager, data, period, charts, cancellationToken));
            }
        }

        return replies;
    }

    public async Task<IReadOnlyList<Outgoing>> OnDemandAsync(long chatId, Caller caller, CancellationToken cancellationToken)
    {
        var staff = caller.Identity.Staff;
        var manager = new Manager(caller.User.Id, caller.User.LanguageCode, caller.Role == Role.Administrator, staff?.HeadOf ?? [], staff?.PmOf ?? []);
        if (!manager.SeesAnything)
        {
            return [new SendText(chatId, caller.Texts.Digest.NotAManager)];
        }

        var period = DigestPeriod.At(time.GetUtcNow(), await calendars.CurrentAsync(cancellationToken));
        var data = await store.LoadAsync(period, WorstNamed, cancellationToken);
        return await MessagesAsync(chatId, manager, data, period, [], cancellationToken);
    }

    public async Task<IReadOnlyList<Outgoing>> SwitchAsync(long chatId, Caller caller, bool off, CancellationToken cancellationToken)
    {
        await store.SetOptOutAsync(caller.User.Id, off, time.GetUtcNow(), cancellationToken);
        return [new SendText(chatId, off ? caller.Texts.Digest.TurnedOff : caller.Texts.Digest.TurnedOn)];
    }

    private async Task<List<Outgoing>> MessagesAsync(long chatId, Manager manager, DigestData data, DigestPeriod period, Dictionary<string, StoredFileRefHolder> charts, CancellationToken cancellationToken)
    {
        var texts = Texts.For(manager.LanguageCode);
        var replies = MessageSplitter.Split(DigestComposer.Compose(manager, data, period, texts.Digest)).Select(part => (Outgoing)new SendText(chatId, part)).ToList();
        var departments = DigestComposer.ChartDepartments(manager, data);
        var key = $"{texts.GetType().Name}:{string.Join(',', departments)}";
        if (!charts.TryGetValue(key, out var drawn))
        {
            drawn = charts[key] = new StoredFileRefHolder(departments.Count == 0 ? null : await chart.DrawAsync(data, departments, texts, cancellationToken));
        }

        if (drawn.File is { } file)
        {
            replies.Add(new SendFile(chatId, file));
        }

        return replies;
    }

    /// <summary>A chart drawn once per set of departments and language in a run (null when there was nothing to draw).</summary>
    private sealed record StoredFileRefHolder(Requests.StoredFileRef? File);
}
