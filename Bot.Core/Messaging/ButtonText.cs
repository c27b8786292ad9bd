namespace Bot.Core.Messaging;

/// <summary>Button captions cut to what a phone shows on one line.</summary>
public static class ButtonText
{
    public static string Fit(string text, int limit = 60) => text.Length <= limit ? text : text[..(limit - 1)] + "…";
}
