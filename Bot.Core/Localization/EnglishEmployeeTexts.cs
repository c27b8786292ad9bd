using Bot.Core.Employees;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishEmployeeTexts : EmployeeTexts
{
    public static readonly EnglishEmployeeTexts Instance = new();

    private EnglishEmployeeTexts()
    {
    }

    public override string EmployeesButton => "Clients' employees";

    public override string ChooseCompany => "Clients' employees: choose a company.";

    public override string ListTitle(string companyName, int count) =>
        $"<b>Employees — {Escape(companyName)}</b>\n" + (count == 0 ? "Nobody yet: invite the company's employees." : "Choose an employee.");

    public override string ListButton(ClientEmployee employee) => (employee.FollowsAll ? "🔔 " : "") + employee.FullName + (employee.InTelegram ? "" : " (not in Telegram)");

    public override string Card(ClientEmployee employee) =>
        $"<b>{Escape(employee.FullName)}</b>\n{(employee.InTelegram ? "In the bot." : "Has not opened the invite yet.")}\n"
        + (employee.FollowsAll ? "Hears of every request of the company." : "Hears of their own requests and those they follow.");

    public override string FollowAllButton(bool following) => following ? "🔕 Stop following every request" : "🔔 Follow every request";

    public override string RemoveButton => "Remove from the company";

    public override string RemoveQuestion(string fullName, string companyName) =>
        $"Remove {Escape(fullName)} from {Escape(companyName)}? Their access ends at once; requests and messages stay.";

    public override string Removed(string fullName) => $"{fullName} is removed from the company.";
}
