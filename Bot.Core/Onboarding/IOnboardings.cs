using Bot.Core.Deadlines;
using Bot.Core.Requests;

namespace Bot.Core.Onboarding;

/// <summary>Clients being onboarded, in the update's (or the command's) transaction.</summary>
public interface IOnboardings
{
    Task<IReadOnlyList<ServingDepartment>> DepartmentsAsync(CancellationToken cancellationToken);

    /// <summary>The name of the company with this ИНН, archived or not; null when there is none.</summary>
    Task<string?> CompanyNameByInnAsync(string inn, CancellationToken cancellationToken);

    /// <summary>Creates the company (state «Подключается», drive folders included) and its onboarding; returns its id.</summary>
    Task<int> StartAsync(NewClient client, TaskActor starter, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A department's step of an open or finished onboarding; null when the company has no onboarding for it.</summary>
    Task<OnboardingStep?> FindAsync(int companyId, int departmentId, CancellationToken cancellationToken);

    /// <summary>The departments of the company's onboarding that have no PM yet (empty when it is complete or there is none).</summary>
    Task<IReadOnlyList<int>> PendingDepartmentsAsync(int companyId, CancellationToken cancellationToken);

    /// <summary>Appoints the PM of the department's project under the onboarding's lock, so two heads answering at once
    /// make exactly one main PM; the last appointment activates the company and creates its service list.</summary>
    Task<AppointOutcome> AppointAsync(int companyId, int departmentId, int staffId, string projectName, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The administrators in Telegram: those of the configuration and the staff marked administrators.</summary>
    Task<IReadOnlyList<Recipient>> AdministratorsAsync(IReadOnlyCollection<long> configured, CancellationToken cancellationToken);

    /// <summary>Who receives a department's card: its head in Telegram, or the administrators when it has none.</summary>
    Task<IReadOnlyList<Recipient>> CardRecipientsAsync(int departmentId, IReadOnlyCollection<long> administratorIds, CancellationToken cancellationToken);

    /// <summary>Who hears that the company is active: whoever started it and its PMs, in Telegram.</summary>
    Task<IReadOnlyList<Recipient>> CompletionAudienceAsync(int companyId, CancellationToken cancellationToken);

    /// <summary>The departments of open onboardings still without a PM, of companies not archived.</summary>
    Task<IReadOnlyList<WaitingDepartment>> WaitingAsync(CancellationToken cancellationToken);

    /// <summary>Marks the department's head reminded; false when it was already (by this instance or another).</summary>
    Task<bool> MarkRemindedAsync(int companyId, int departmentId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks the administrators told of the department; false when they were already.</summary>
    Task<bool> MarkEscalatedAsync(int companyId, int departmentId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A staff member's Telegram account, if bound.</summary>
    Task<Recipient?> StaffRecipientAsync(int staffId, CancellationToken cancellationToken);
}
