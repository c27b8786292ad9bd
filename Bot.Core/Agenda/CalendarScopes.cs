using Bot.Core.Access;
using Bot.Core.Drive;
using Bot.Core.Localization;
using Bot.Core.Menus;
using Bot.Core.Routing;

namespace Bot.Core.Agenda;

/// <summary>Which companies a calendar covers: one company, or (0) all the current clients a staff member serves.</summary>
public sealed class CalendarScopes(CalendarAccess access, IClientCompanies companies)
{
    /// <summary>The companies a scope covers and its title; null when the caller may not see it. 0 is "all my companies".</summary>
    public async Task<(IReadOnlyList<ClientCompany> Companies, string Title)?> ForAsync(long userId, Identity identity, bool firm, int companyId, Texts texts, CancellationToken cancellationToken)
    {
        var all = await companies.AllAsync(cancellationToken);
        if (companyId == 0)
        {
            var served = all.Where(c => access.MayRead(userId, identity, c.Id)).Take(CompanyChooser.MaxListed).ToList();
            return firm && served.Count > 0 ? (served, texts.Calendar.AllCompanies) : null;
        }

        return all.FirstOrDefault(c => c.Id == companyId) is { } company && access.MayRead(userId, identity, companyId) ? ([company], company.Name) : null;
    }

    /// <summary>The same for a person in the bot, who sees a single company only for the company they act for (or as the firm).</summary>
    public async Task<(IReadOnlyList<ClientCompany> Companies, string Title)?> ForAsync(Caller caller, int companyId, CancellationToken cancellationToken) =>
        companyId != 0 && !access.MayView(caller, companyId)
            ? null
            : await ForAsync(caller.User.Id, caller.Identity, DriveAccess.IsFirm(caller), companyId, caller.Texts, cancellationToken);
}
