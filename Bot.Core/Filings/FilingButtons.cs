using Bot.Core.Messaging;

namespace Bot.Core.Filings;

/// <summary>«Отчётность»'s buttons: <c>oc:0</c> the companies (firm's side), <c>ol:COMPANY:PAGE</c> a company's
/// filings, <c>of:FILING</c> a filing's card, <c>od:DOCUMENT</c> a document. Only numbers travel; every press is
/// authorised anew.</summary>
public static class FilingButtons
{
    private const char Section = 'o';
    private const string Kinds = "clfd";

    public static bool Handles(string data) => NumberedData.Handles(data, Section, Kinds);

    public static Button Of(string text, char kind, params long[] numbers) => NumberedData.Button(text, Section, kind, numbers);

    public static bool TryParse(string data, out char kind, out long[] numbers) =>
        NumberedData.TryParse(data, Section, Kinds, kind => kind == 'l' ? 2 : 1, out kind, out numbers);
}
