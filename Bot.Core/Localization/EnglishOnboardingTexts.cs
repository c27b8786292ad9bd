using Bot.Core.Onboarding;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishOnboardingTexts : OnboardingTexts
{
    public static readonly EnglishOnboardingTexts Instance = new();

    private EnglishOnboardingTexts()
    {
    }

    public override string NewClientButton => "➕ New client";

    public override string InnPrompt => "New client. Enter the ИНН (taxpayer number): 10 digits for an organisation, 12 for an entrepreneur.";

    public override string BadInn => "That is not an ИНН: 10 digits for an organisation or 12 for an entrepreneur, with correct check digits. Please check and enter it again.";

    public override string KnownInn(string companyName) => $"This ИНН already belongs to the client «{companyName}». Enter another or press «Cancel».";

    public override string NamePrompt => "The company's name, e.g. ООО «Ромашка».";

    public override string DepartmentsPrompt => "Which departments will serve the client? Tick one, two or all, then «Next».";

    public override string DepartmentToggle(string department, bool chosen) => (chosen ? "✅ " : "▫️ ") + department;

    public override string NextButton => "Next »";

    public override string NoDepartment => "Tick at least one department.";

    public override string MainPrompt => "Whose project manager will be the client's main PM?";

    public override string FirstAppointedButton => "Whoever is appointed first";

    public override string SummaryPrompt => "A short note on the client for the department heads: what is needed, from which month.";

    public override string TooLong(int limit) => $"Too long: at most {limit} characters.";

    public override string Confirm(string inn, string name, IReadOnlyList<string> departments, string? mainDepartment, string summary) =>
        $"<b>New client</b>\n{Escape(name)}, ИНН {inn}\nDepartments: {Escape(string.Join(", ", departments))}\n"
        + (mainDepartment is null ? "" : $"Main PM from: {Escape(mainDepartment)}\n")
        + $"\n{Escape(summary)}\n\nCreate the company and send the department heads their cards?";

    public override string CreateButton => "Create";

    public override string Created(string companyName, int cards) =>
        $"The company «{Escape(companyName)}» is created, state «Connecting». Cards sent to department heads: {cards}. You will be told when every department has a PM.";

    public override string Card(OnboardingStep card) =>
        $"<b>Appoint a project manager</b>\nClient: {Escape(card.CompanyName)}, ИНН {card.Inn}\nDepartment: {Escape(card.DepartmentName)}\n"
        + $"Started by: {Escape(card.StartedByName)}\n\n{Escape(card.Summary)}";

    public override string Reminder(OnboardingStep card) => "⏰ Reminder: the client is waiting for a project manager.\n\n" + Card(card);

    public override string Escalation(OnboardingStep card, int workingDays) =>
        $"⚠️ The department «{Escape(card.DepartmentName)}» has not appointed a PM for the client «{Escape(card.CompanyName)}» (ИНН {card.Inn}) for {workingDays} working days. "
        + "The client stays «Connecting». Appoint the PM yourself or talk to the head of the department.";

    public override string AppointButton => "Choose the PM";

    public override string PickPm(OnboardingStep card, int page, int pages) =>
        $"Project manager of «{Escape(card.CompanyName)}» — {Escape(card.DepartmentName)}." + (pages > 1 ? $" Page {page} of {pages}." : "");

    public override string NoStaff => "The department has no staff: ask an administrator to add them.";

    public override string ProjectNamePrompt(OnboardingStep card, string pmName) =>
        $"PM: {Escape(pmName)}.\nThe project's name: keep the one offered or type your own.";

    public override string KeepNameButton(string name) => $"Keep «{name}»";

    public override string Appointed(OnboardingStep card, string projectName, bool isMain) =>
        $"✅ {Escape(card.AppointedPm ?? "")} is {(isMain ? "the main PM" : "a moderator")} of «{Escape(card.CompanyName)}», project «{Escape(projectName)}».";

    public override string AlreadyAppointed(OnboardingStep card) =>
        $"The {Escape(card.DepartmentName)} PM of «{Escape(card.CompanyName)}» is already appointed: {Escape(card.AppointedPm ?? "")}.";

    public override string NotOfDepartment => "This staff member is no longer in the department. Choose another.";

    public override string YouAreAppointed(string companyName, string projectName, bool isMain) =>
        $"You are {(isMain ? "the main PM" : "a moderator")} of «{Escape(companyName)}», project «{Escape(projectName)}».";

    public override string Activated(string companyName) =>
        $"🎉 The client «{Escape(companyName)}» is connected: every department has a PM and its service list is created. The main PM can adjust the services and invite the client's employees.";

    public override string Connecting => "The client is still connecting: this opens once every department has a PM.";
}
