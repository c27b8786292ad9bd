using Bot.Core.Onboarding;

namespace Bot.Core.Localization;

/// <summary>«Новый клиент» and the heads' cards «Назначьте менеджера проекта».</summary>
public abstract class OnboardingTexts
{
    public abstract string NewClientButton { get; }

    public abstract string InnPrompt { get; }

    public abstract string BadInn { get; }

    public abstract string KnownInn(string companyName);

    public abstract string NamePrompt { get; }

    public abstract string DepartmentsPrompt { get; }

    public abstract string DepartmentToggle(string department, bool chosen);

    public abstract string NextButton { get; }

    public abstract string NoDepartment { get; }

    public abstract string MainPrompt { get; }

    public abstract string FirstAppointedButton { get; }

    public abstract string SummaryPrompt { get; }

    public abstract string TooLong(int limit);

    public abstract string Confirm(string inn, string name, IReadOnlyList<string> departments, string? mainDepartment, string summary);

    public abstract string CreateButton { get; }

    public abstract string Created(string companyName, int cards);

    public abstract string Card(OnboardingStep card);

    public abstract string Reminder(OnboardingStep card);

    public abstract string Escalation(OnboardingStep card, int workingDays);

    public abstract string AppointButton { get; }

    public abstract string PickPm(OnboardingStep card, int page, int pages);

    public abstract string NoStaff { get; }

    public abstract string ProjectNamePrompt(OnboardingStep card, string pmName);

    public abstract string KeepNameButton(string name);

    public abstract string Appointed(OnboardingStep card, string projectName, bool isMain);

    public abstract string AlreadyAppointed(OnboardingStep card);

    public abstract string NotOfDepartment { get; }

    public abstract string YouAreAppointed(string companyName, string projectName, bool isMain);

    public abstract string Activated(string companyName);

    public abstract string Connecting { get; }
}
