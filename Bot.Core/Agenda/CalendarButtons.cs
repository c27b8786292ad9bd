using Bot.Core.Messaging;

namespace Bot.Core.Agenda;

/// <summary>«Календарь»'s buttons, <c>aK:N[:N…]</c>; company 0 is "all my companies" (the firm's side).
/// <c>ac:0</c> the companies, <c>av:C</c> the 15 days, <c>ai:C</c> the .ics file, <c>as:C</c> the subscription,
/// <c>an:C</c> a new link, <c>ar:C</c> revoke it, <c>ae:C</c> the events, <c>ao:E</c> an event, <c>ax:E</c> cancel it,
/// <c>am:E</c> move it, <c>aa:C</c> add one, <c>ap:C</c> the tax profile, <c>ag:C:R</c> a regime, <c>ay:C:R:W</c> save it.
/// Only numbers travel; every press is authorised anew.</summary>
public static class CalendarButtons
{
    private const char Section = 'a';
    private const string Kinds = "cvisnreoxmapgy";

    public static bool Handles(string data) => NumberedData.Handles(data, Section, Kinds);

    public static Button Of(string text, char kind, params long[] numbers) => NumberedData.Button(text, Section, kind, numbers);

    public static bool TryParse(string data, out char kind, out long[] numbers) =>
        NumberedData.TryParse(data, Section, Kinds, kind => kind switch { 'g' => 2, 'y' => 3, _ => 1 }, out kind, out numbers);
}
