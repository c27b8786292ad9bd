using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Localization;
using Bot.Core.Taxes;

namespace Bot.Core.Agenda;

/// <summary>Gathers the next <see cref="Days"/> days (from today in the firm's time zone) of some companies: their agreed
/// events, their open requests' deadlines and the tax dates their profiles call for, moved off days off.</summary>
public sealed class AgendaBuilder(IAgreedEvents events, ITaxProfiles profiles, TaxSchedule taxes, ITaskDeadlines deadlines, IWorkCalendarSource calendars)
{
    public const int Days = 15;

    /// <summary>Makes every UID globally unique, as RFC 5545 asks.</summary>
    private const string UidDomain = "@botcabinet";

    public async Task<AgendaWindow> BuildAsync(IReadOnlyList<ClientCompany> companies, CalendarTexts texts, CancellationToken cancellationToken)
    {
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var from = calendar.Today;
        var to = from.AddDays(Days - 1);
        var ids = companies.Select(company => company.Id).ToList();
        var names = companies.ToDictionary(company => company.Id, company => company.Name);
        var items = new List<AgendaItem>();
        foreach (var agreed in await events.ForCompaniesAsync(ids, cancellationToken))
        {
            items.AddRange(EventOccurrences.Between(agreed, from, to, calendar).Select(date => new AgendaItem(
                date, agreed.At, AgendaKind.Event, agreed.Title, agreed.Note, EventUid(agreed, date), agreed.Revision, agreed.CompanyId, names[agreed.CompanyId])));
        }

        items.AddRange((await deadlines.OpenAsync(ids, from, to, cancellationToken)).Select(task => new AgendaItem(
            task.Deadline, null, AgendaKind.Deadline, texts.DeadlineLine(task.Number, task.ServiceTitle), "", $"task-{task.TaskId}{UidDomain}", 0,
            task.CompanyId, names[task.CompanyId], task.TaskId)));

        var known = await profiles.ForCompaniesAsync(ids, cancellationToken);
        foreach (var company in companies.Where(company => known.ContainsKey(company.Id)))
        {
            items.AddRange(taxes.For(company.Inn, known[company.Id], from, to, calendar).Select(tax => new AgendaItem(
                tax.Due, null, AgendaKind.Tax, texts.TaxTitle(tax.Obligation), TaxDetail(tax, texts), $"{tax.Uid}-c{company.Id}{UidDomain}", 0,
                company.Id, company.Name, Source: tax.Obligation.Source)));
        }

        var ordered = items.OrderBy(item => item.Date).ThenBy(item => item.At is null).ThenBy(item => item.At).ThenBy(item => item.Kind).ToList();
        return new AgendaWindow(from, to, ordered, [.. ids.Where(id => !known.ContainsKey(id))], calendar);
    }

    /// <summary>A one-off event keeps one UID wherever it moves; a monthly one has one per month.</summary>
    private static string EventUid(AgreedEvent agreed, DateOnly date) =>
        agreed.Repeat == EventRepeat.Once ? $"event-{agreed.Id}{UidDomain}" : $"event-{agreed.Id}-{date:yyyyMM}{UidDomain}";

    private static string TaxDetail(TaxItem tax, CalendarTexts texts) =>
        texts.Period(tax.Date.Period)
        + (tax.Due != tax.Date.Statutory ? $" ({texts.MovedFrom(tax.Date.Statutory)})" : "")
        + (tax.Provisional ? $", {texts.Provisional}" : "");
}
