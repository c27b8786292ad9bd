using Bot.Core.Calendar;
using Bot.Core.Catalog;
using Bot.Core.Localization;

namespace Bot.Core.Conversations;

/// <summary>What the request form's steps read: the company's enabled services, the work calendar, the
/// moment of the input and the user's language.</summary>
public sealed record RequestFormContext(string CompanyName, IReadOnlyList<CompanyService> Services, WorkCalendar Calendar, DateTimeOffset Now, Texts Texts)
{
    public CompanyService? Service(string? code) => Services.FirstOrDefault(service => service.Code == code);

    public DateOnly Earliest(CompanyService service) => Deadlines.DeadlineCheck.DefaultDeadline(Calendar, service.Terms, Now);

    public DateOnly HardDue(CompanyService service) => Deadlines.DeadlineCheck.HardDeadline(Calendar, service.Terms, Now);
}
