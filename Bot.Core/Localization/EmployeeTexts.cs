using Bot.Core.Employees;

namespace Bot.Core.Localization;

/// <summary>«Сотрудники клиента»'s words.</summary>
public abstract class EmployeeTexts
{
    public abstract string EmployeesButton { get; }

    public abstract string ChooseCompany { get; }

    public abstract string ListTitle(string companyName, int count);

    public abstract string ListButton(ClientEmployee employee);

    public abstract string Card(ClientEmployee employee);

    public abstract string FollowAllButton(bool following);

    public abstract string RemoveButton { get; }

    public abstract string RemoveQuestion(string fullName, string companyName);

    public abstract string Removed(string fullName);
}
