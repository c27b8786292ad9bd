using Bot.Core.Access;
using Bot.Core.Agenda;
using Bot.Core.Localization;
using Microsoft.AspNetCore.Http;

namespace Bot.Host.Agenda;

/// <summary><c>GET /calendar/{token}.ics</c>: a person's calendar feed, which calendar apps poll. The same answer (404)
/// for a malformed, unknown or revoked token, and for an owner who no longer has access to the company, so a guess
/// learns nothing; the person's rights are read anew on every request.</summary>
internal sealed class CalendarFeedEndpoint(ICalendarSubscriptions feeds, IIdentityStore identities, AccessPolicy policy, CalendarScopes scopes, AgendaBuilder agenda, ICalendarFile file)
{
    public async Task<IResult> HandleAsync(string token, CancellationToken cancellationToken)
    {
        if (!SubscriptionToken.LooksValid(token) || await feeds.FindAsync(SubscriptionToken.Hash(token), cancellationToken) is not var (userId, companyId, language))
        {
            return Results.NotFound();
        }

        var identity = await identities.IdentifyAsync(userId, cancellationToken);
        var role = policy.RoleOf(userId, identity);
        var texts = Texts.For(language);
        if (await scopes.ForAsync(userId, identity, role is Role.Staff or Role.Administrator, companyId ?? 0, texts, cancellationToken) is not var (covered, title))
        {
            return Results.NotFound();
        }

        var window = await agenda.BuildAsync(covered, texts.Calendar, cancellationToken);
        return Results.Text(file.Write(window.Items, title), "text/calendar; charset=utf-8");
    }
}
