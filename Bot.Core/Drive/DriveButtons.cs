using Bot.Core.Messaging;

namespace Bot.Core.Drive;

/// <summary>The drive's buttons: <c>dc:0</c> the companies (firm's side), <c>dh:COMPANY</c> a company's folders,
/// <c>dl:COMPANY:FOLDER:PAGE</c> a folder's page, <c>dg:DOCUMENT</c> get a document, <c>du:COMPANY:FOLDER</c>
/// upload there, <c>dx:DOCUMENT</c> archive. Only numbers travel; every press is authorised anew.</summary>
public static class DriveButtons
{
    private const char Section = 'd';
    private const string Kinds = "chlgux";

    public static bool Handles(string data) => NumberedData.Handles(data, Section, Kinds);

    public static Button Of(string text, char kind, params long[] numbers) => NumberedData.Button(text, Section, kind, numbers);

    public static bool TryParse(string data, out char kind, out long[] numbers) =>
        NumberedData.TryParse(data, Section, Kinds, kind => kind switch { 'l' => 3, 'u' => 2, _ => 1 }, out kind, out numbers);
}
