using Bot.Core.Messaging;

namespace Bot.Core.ServiceList;

/// <summary>«Услуги клиентов»'s buttons: <c>sc:0</c> the companies, <c>sl:C</c> a company's list, <c>so:C:T</c> one service,
/// <c>st:C:T</c> switch it on or off, <c>sr:C:T:PAGE</c> a page of its department's staff, <c>sp:C:T:S</c> make one responsible.
/// Only numbers travel; every press is authorised anew.</summary>
public static class ServiceButtons
{
    private const char Section = 's';
    private const string Kinds = "clotrp";

    public static bool Handles(string data) => NumberedData.Handles(data, Section, Kinds);

    public static Button Of(string text, char kind, params long[] numbers) => NumberedData.Button(text, Section, kind, numbers);

    public static bool TryParse(string data, out char kind, out long[] numbers) =>
        NumberedData.TryParse(data, Section, Kinds, kind => kind switch { 'c' or 'l' => 1, 'o' or 't' => 2, _ => 3 }, out kind, out numbers);
}
