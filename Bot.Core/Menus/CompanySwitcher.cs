using Bot.Core.Access;
using Bot.Core.Firm;
using Bot.Core.Messaging;
using Bot.Core.Routing;
using Microsoft.Extensions.Options;

namespace Bot.Core.Menus;

/// <summary>«Сменить компанию» for a person bound to several companies: the list of their companies, and the
/// choice, after which everything they do is for the chosen company only. A company button carries only the
/// company's id, which is checked against the person's own memberships.</summary>
public sealed class CompanySwitcher(ICompanyChoice choices, AccessPolicy access, IOptions<FirmOptions> firmOptions, TimeProvider time)
{
    private const string Prefix = "co:";

    public static bool Handles(string data) => data.StartsWith(Prefix, StringComparison.Ordinal);

    public static Keyboard Companies(Caller caller) =>
        Keyboard.Of([.. caller.Identity.Memberships.Select(membership => (IReadOnlyList<Button>)[
            new Button((membership.CompanyId == caller.Identity.ActingFor?.CompanyId ? "✓ " : "") + membership.CompanyName, Prefix + membership.CompanyId)])]);

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, Func<Task<Caller>> reidentify, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (!int.TryParse(press.Data.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var companyId)
            || caller.Identity.Memberships.All(membership => membership.CompanyId != companyId)
            || !access.Allows(caller.User.Id, caller.Identity, AccessAction.ViewServices, new AccessTarget.Company(companyId)))
        {
            return [new AnswerButton(press.CallbackId, texts.NotAllowed)];
        }

        await choices.ChooseAsync(caller.User.Id, companyId, time.GetUtcNow(), cancellationToken);
        var chosen = await reidentify();
        return [new AnswerButton(press.CallbackId), new EditText(press.ChatId, press.MessageId, texts.ActingFor(firmOptions.Value.Name, chosen.Identity.ActingFor!.CompanyName), MainMenu.For(chosen))];
    }
}
