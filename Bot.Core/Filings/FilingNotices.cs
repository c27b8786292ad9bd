using Bot.Core.Deadlines;
using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Filings;

/// <summary>A filing's outcome (accepted, rejected, needs clarification) as each of the company's employees is told
/// of it, in their language, with the reason and a button to the filing.</summary>
public static class FilingNotices
{
    public static IReadOnlyList<Outgoing> For(Filing filing, string companyName, IEnumerable<Recipient> employees) =>
        [.. employees.Select(person =>
        {
            var texts = Texts.For(person.LanguageCode).Filings;
            return (Outgoing)new SendText(person.UserId, texts.Outcome(filing, companyName), Keyboard.Of([FilingButtons.Of(texts.OpenButton, 'f', filing.Id)]));
        })];
}
