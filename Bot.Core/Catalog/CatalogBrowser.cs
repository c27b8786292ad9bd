using Bot.Core.Access;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Catalog;

/// <summary>«Заказать услугу»: the categories of the services switched on for the company the user acts
/// for, and each category's services with their terms. A category button carries only its code; what it
/// shows is looked up again for the user's own company, so a stale or forged button shows nothing else.</summary>
public sealed class CatalogBrowser(ICompanyCatalog catalog, AccessPolicy access)
{
    private const string Prefix = "c:";

    public static bool Handles(string data) => data.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task<IReadOnlyList<Outgoing>> ShowCategoriesAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (CompanyOf(caller) is not { } company)
        {
            return [new AnswerButton(press.CallbackId, texts.NotAllowed)];
        }

        var services = await catalog.EnabledServicesAsync(company.CompanyId, cancellationToken);
        if (services.Count == 0)
        {
            return [new AnswerButton(press.CallbackId), new EditText(press.ChatId, press.MessageId, texts.NoServices(company.CompanyName), MenuButtons.BackToMenu(texts))];
        }

        var categories = services.DistinctBy(service => service.CategoryCode)
            .Select(service => (IReadOnlyList<Button>)[new Button(service.CategoryTitle, Prefix + service.CategoryCode)]);
        var keyboard = Keyboard.Of([.. categories, [MenuButtons.For(MenuAction.Home, texts)]]);
        return [new AnswerButton(press.CallbackId), new EditText(press.ChatId, press.MessageId, texts.ChooseCategory(company.CompanyName), keyboard)];
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (CompanyOf(caller) is not { } company)
        {
            return [new AnswerButton(press.CallbackId, texts.NotAllowed)];
        }

        var code = press.Data[Prefix.Length..];
        var services = (await catalog.EnabledServicesAsync(company.CompanyId, cancellationToken)).Where(service => service.CategoryCode == code).ToList();
        if (services.Count == 0)
        {
            return [new AnswerButton(press.CallbackId, texts.StaleButton)];
        }

        var keyboard = Keyboard.Of([MenuButtons.For(MenuAction.Order, texts, texts.BackButton)], [MenuButtons.For(MenuAction.Home, texts)]);
        return [new AnswerButton(press.CallbackId), new EditText(press.ChatId, press.MessageId, texts.ServicesOfCategory(services[0].CategoryTitle, services), keyboard)];
    }

    /// <summary>The company the caller acts for, if they may see its services.</summary>
    private Membership? CompanyOf(Caller caller) =>
        caller.Identity.ActingFor is { } company && access.Allows(caller.User.Id, caller.Identity, AccessAction.ViewServices, new AccessTarget.Company(company.CompanyId))
            ? company
            : null;
}
