using Bot.Core.Access;
using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Routing;
using Bot.Core.Taxes;

namespace Bot.Core.Agenda;

/// <summary>The tax profile set by the company's PM in three presses: the regime (ПСН only for an entrepreneur), whether
/// it employs people, saved.</summary>
public sealed class TaxProfileScreens(ITaxProfiles profiles, CalendarAccess access, IClientCompanies companies, TimeProvider time)
{
    /// <summary>'p' the regimes, 'g' with employees or not, 'y' saved.</summary>
    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, char kind, long[] numbers, CancellationToken cancellationToken)
    {
        var companyId = (int)numbers[0];
        var company = (await companies.AllAsync(cancellationToken)).FirstOrDefault(c => c.Id == companyId);
        var regime = numbers.Length > 1 && numbers[1] < Enum.GetValues<TaxRegime>().Length && Offered(company, (TaxRegime)numbers[1]) ? (TaxRegime?)numbers[1] : null;
        if (company is null || !access.MaySetProfile(caller, companyId) || (kind != 'p' && regime is null) || (kind == 'y' && numbers[2] > 1))
        {
            return Refused(press, caller);
        }

        var texts = caller.Texts.Calendar;
        var name = company.Name;
        var back = CalendarButtons.Of(caller.Texts.BackButton, 'v', companyId);
        if (kind == 'p')
        {
            var current = await profiles.FindAsync(companyId, cancellationToken);
            var regimes = Enum.GetValues<TaxRegime>().Where(r => Offered(company, r)).Select(r => (IReadOnlyList<Button>)[CalendarButtons.Of(texts.RegimeName(r), 'g', companyId, (long)r)]);
            return FlowReplies.Show(press, new Screen(texts.ProfilePrompt(name, current), Keyboard.Of([.. regimes, [back]])));
        }

        if (kind == 'g')
        {
            return FlowReplies.Show(press, new Screen(texts.EmployerPrompt(name, regime!.Value), Keyboard.Of(
                [CalendarButtons.Of(texts.EmployerButton(true), 'y', companyId, (long)regime, 1), CalendarButtons.Of(texts.EmployerButton(false), 'y', companyId, (long)regime, 0)],
                [back])));
        }

        var profile = new TaxProfile(regime!.Value, numbers[2] == 1);
        await profiles.SetAsync(companyId, profile, caller.User.FirstName, time.GetUtcNow(), cancellationToken);
        return FlowReplies.Show(press, new Screen(texts.ProfileSaved(name, profile), Keyboard.Of([CalendarButtons.Of(texts.CalendarButton, 'v', companyId)])));
    }

    /// <summary>ПСН is for entrepreneurs only.</summary>
    private static bool Offered(ClientCompany? company, TaxRegime regime) =>
        regime != TaxRegime.Psn || (company is not null && TaxProfile.PayerOf(company.Inn) == Taxpayer.Entrepreneur);

    private static List<Outgoing> Refused(IncomingButton press, Caller caller) => [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
}
