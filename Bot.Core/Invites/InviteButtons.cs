using Bot.Core.Messaging;

namespace Bot.Core.Invites;

/// <summary>Invites' buttons: <c>in:C:MASK</c> the rights to give (toggled by pressing), <c>ig:C:MASK</c> make the link,
/// <c>il:C</c> the company's invites, <c>ix:C:ID</c> revoke one. Only numbers travel; every press is authorised anew.</summary>
public static class InviteButtons
{
    private const char Section = 'i';
    private const string Kinds = "nglx";

    public static bool Handles(string data) => NumberedData.Handles(data, Section, Kinds);

    public static Button Of(string text, char kind, params long[] numbers) => NumberedData.Button(text, Section, kind, numbers);

    public static bool TryParse(string data, out char kind, out long[] numbers) =>
        NumberedData.TryParse(data, Section, Kinds, kind => kind == 'l' ? 1 : 2, out kind, out numbers);
}
