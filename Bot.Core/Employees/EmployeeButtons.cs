using Bot.Core.Messaging;

namespace Bot.Core.Employees;

/// <summary>«Сотрудники клиента»'s buttons: <c>ec:0</c> the companies, <c>el:C</c> a company's employees, <c>eo:C:E</c> one of
/// them, <c>ef:C:E</c> follow every request or stop, <c>ex:C:E</c> ask to remove, <c>ey:C:E</c> remove. Only numbers
/// travel; every press is authorised anew.</summary>
public static class EmployeeButtons
{
    private const char Section = 'e';
    private const string Kinds = "clofxy";

    public static bool Handles(string data) => NumberedData.Handles(data, Section, Kinds);

    public static Button Of(string text, char kind, params long[] numbers) => NumberedData.Button(text, Section, kind, numbers);

    public static bool TryParse(string data, out char kind, out long[] numbers) =>
        NumberedData.TryParse(data, Section, Kinds, kind => kind is 'c' or 'l' ? 1 : 2, out kind, out numbers);
}
