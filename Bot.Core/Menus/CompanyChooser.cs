using Bot.Core.Access;
using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Menus;

/// <summary>The firm's way into a company's section (documents, conversation, filings, figures): the current clients
/// the caller may open there, a button each, then «Главное меню»; null when there is none.</summary>
public static class CompanyChooser
{
    /// <summary>Companies listed at most, so that the keyboard stays within Telegram's limits.</summary>
    public const int MaxListed = 30;

    public static async Task<Screen?> ScreenAsync(
        IClientCompanies companies, Func<ClientCompany, bool> mayOpen, Func<ClientCompany, Button> button, string title, Texts texts, CancellationToken cancellationToken)
    {
        var visible = (await companies.AllAsync(cancellationToken)).Where(mayOpen).Take(MaxListed).ToList();
        return visible.Count == 0
            ? null
            : new Screen(title, Keyboard.Of([.. visible.Select(company => (IReadOnlyList<Button>)[button(company)]), [MenuButtons.For(MenuAction.Home, texts)]]));
    }
}
