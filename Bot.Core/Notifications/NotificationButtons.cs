using Bot.Core.Messaging;

namespace Bot.Core.Notifications;

/// <summary>The notifications' buttons: <c>nr:ID</c> «Ознакомлен», <c>no:ID</c> open the file, <c>na:ID</c> approve,
/// <c>nd:ID</c> decline, <c>nc:ID</c> the sender's card, <c>nl:COMPANY:PAGE</c> a company's notifications,
/// <c>nn:COMPANY</c> a new one. Only numbers travel; every press is authorised anew.</summary>
public static class NotificationButtons
{
    private const char Section = 'n';
    private const string Kinds = "roadcln";

    public static bool Handles(string data) => NumberedData.Handles(data, Section, Kinds);

    public static Button Of(string text, char kind, params long[] numbers) => NumberedData.Button(text, Section, kind, numbers);

    public static bool TryParse(string data, out char kind, out long[] numbers) =>
        NumberedData.TryParse(data, Section, Kinds, kind => kind == 'l' ? 2 : 1, out kind, out numbers);
}
