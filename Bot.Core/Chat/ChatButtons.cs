using Bot.Core.Messaging;

namespace Bot.Core.Chat;

/// <summary>The company chat's buttons: <c>kc:0</c> the companies (firm's side), <c>kh:COMPANY:PAGE</c> a page of
/// the history, <c>ko:COMPANY</c> the history in a new message (under a notice, which stays), <c>kf:ENTRY</c> an entry's file, <c>ka:ENTRY</c> answer an entry, <c>kw:COMPANY</c> write to a
/// company's employees, <c>km:COMPANY</c> the marks, <c>kk:COMPANY:MARK</c> add that mark. Only numbers travel;
/// every press is authorised anew.</summary>
public static class ChatButtons
{
    private const char Section = 'k';
    private const string Kinds = "chofawmk";

    public static bool Handles(string data) => NumberedData.Handles(data, Section, Kinds);

    public static Button Of(string text, char kind, params long[] numbers) => NumberedData.Button(text, Section, kind, numbers);

    public static bool TryParse(string data, out char kind, out long[] numbers) =>
        NumberedData.TryParse(data, Section, Kinds, kind => kind is 'h' or 'k' ? 2 : 1, out kind, out numbers);
}
