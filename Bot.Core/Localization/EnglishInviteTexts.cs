using Bot.Core.Invites;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishInviteTexts : InviteTexts
{
    public static readonly EnglishInviteTexts Instance = new();

    private EnglishInviteTexts()
    {
    }

    public override string InviteButton => "➕ Invite an employee";

    public override string InvitesButton => "Invites";

    public override string RightsPrompt(string companyName) =>
        $"<b>Invite to «{Escape(companyName)}»</b>\nWhat may the person do? Press a right to switch it on or off, then «Create the invite».";

    public override string RightToggle(string right, bool granted) => (granted ? "✅ " : "▫️ ") + right;

    public override string FileRequests => "Requests";

    public override string SeeDocuments => "Documents";

    public override string Approve => "Approvals";

    public override string SeeFinance => "Figures";

    public override string CreateButton => "Create the invite";

    public override string NoUsername => "The bot does not know its name yet: try again in a minute.";

    public override string Created(string companyName, string link, DateTimeOffset expiresAt) =>
        $"Invite to «{Escape(companyName)}» — a single-use link, valid until {expiresAt:dd.MM.yyyy HH:mm}:\n<code>{Escape(link)}</code>\n\nForward it to the client's employee: opening it takes them into the company's cabinet.";

    public override string ShareButton => "📤 Forward to the employee";

    public override string ShareText(string companyName) => $"An invite to the client cabinet of «{companyName}»";

    public override string List(string companyName, IReadOnlyList<InviteEntry> invites, DateTimeOffset now, Func<DateTimeOffset, DateTimeOffset> toFirmTime) =>
        $"<b>Invites — {Escape(companyName)}</b>\n"
        + (invites.Count == 0 ? "No invites yet." : string.Join("\n", invites.Select(i => $"№{i.Id} of {toFirmTime(i.CreatedAt):dd.MM} — " + (
            i.RevokedAt is not null ? "revoked"
            : i.UsedAt is { } used ? $"accepted {toFirmTime(used):dd.MM.yyyy} ({Escape(i.UsedByName ?? "")})"
            : i.ExpiresAt <= now ? "expired"
            : $"pending, until {toFirmTime(i.ExpiresAt):dd.MM.yyyy HH:mm}"))));

    public override string RevokeButton(long id) => $"Revoke №{id}";

    public override string Revoked => "The invite is revoked: the link no longer works.";
}
