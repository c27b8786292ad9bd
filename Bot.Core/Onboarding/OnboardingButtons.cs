using Bot.Core.Messaging;

namespace Bot.Core.Onboarding;

/// <summary>The onboarding card's buttons: <c>pa:C:D:PAGE</c> a page of the department's staff, <c>ps:C:D:S</c> pick one
/// as the PM, <c>pv:C:D</c> the card again. Only numbers travel; every press is authorised anew (head of D, or an administrator).</summary>
public static class OnboardingButtons
{
    private const char Section = 'p';
    private const string Kinds = "asv";

    public static bool Handles(string data) => NumberedData.Handles(data, Section, Kinds);

    public static Button Of(string text, char kind, params long[] numbers) => NumberedData.Button(text, Section, kind, numbers);

    public static bool TryParse(string data, out char kind, out long[] numbers) =>
        NumberedData.TryParse(data, Section, Kinds, kind => kind == 'v' ? 2 : 3, out kind, out numbers);
}
