using Bot.Core.Employees;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianEmployeeTexts : EmployeeTexts
{
    public static readonly RussianEmployeeTexts Instance = new();

    private RussianEmployeeTexts()
    {
    }

    public override string EmployeesButton => "Сотрудники клиентов";

    public override string ChooseCompany => "Сотрудники клиентов: выберите компанию.";

    public override string ListTitle(string companyName, int count) =>
        $"<b>Сотрудники — {Escape(companyName)}</b>\n" + (count == 0 ? "В компании пока никого нет: пригласите сотрудников." : "Выберите сотрудника.");

    public override string ListButton(ClientEmployee employee) => (employee.FollowsAll ? "🔔 " : "") + employee.FullName + (employee.InTelegram ? "" : " (не в Telegram)");

    public override string Card(ClientEmployee employee) =>
        $"<b>{Escape(employee.FullName)}</b>\n{(employee.InTelegram ? "В боте." : "Ещё не открыл приглашение.")}\n"
        + (employee.FollowsAll ? "Получает уведомления обо всех заявках компании." : "Получает уведомления о своих заявках и тех, за которыми следит.");

    public override string FollowAllButton(bool following) => following ? "🔕 Не следить за всеми заявками" : "🔔 Следить за всеми заявками";

    public override string RemoveButton => "Удалить из компании";

    public override string RemoveQuestion(string fullName, string companyName) =>
        $"Удалить {Escape(fullName)} из {Escape(companyName)}? Доступ закончится сразу; заявки и переписка останутся.";

    public override string Removed(string fullName) => $"{fullName} удалён(а) из компании.";
}
