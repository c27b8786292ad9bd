using Bot.Core.Invites;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianInviteTexts : InviteTexts
{
    public static readonly RussianInviteTexts Instance = new();

    private RussianInviteTexts()
    {
    }

    public override string InviteButton => "➕ Пригласить сотрудника";

    public override string InvitesButton => "Приглашения";

    public override string RightsPrompt(string companyName) =>
        $"<b>Приглашение в «{Escape(companyName)}»</b>\nЧто сможет приглашённый? Нажмите на право, чтобы включить или выключить, затем «Создать приглашение».";

    public override string RightToggle(string right, bool granted) => (granted ? "✅ " : "▫️ ") + right;

    public override string FileRequests => "Заявки";

    public override string SeeDocuments => "Документы";

    public override string Approve => "Согласования";

    public override string SeeFinance => "Показатели";

    public override string CreateButton => "Создать приглашение";

    public override string NoUsername => "Бот ещё не знает своего имени: попробуйте через минуту.";

    public override string Created(string companyName, string link, DateTimeOffset expiresAt) =>
        $"Приглашение в «{Escape(companyName)}» — одноразовая ссылка, действует до {expiresAt:dd.MM.yyyy HH:mm}:\n<code>{Escape(link)}</code>\n\nПерешлите её сотруднику клиента: открыв её, он попадёт в кабинет компании.";

    public override string ShareButton => "📤 Переслать сотруднику";

    public override string ShareText(string companyName) => $"Приглашение в кабинет клиента «{companyName}»";

    public override string List(string companyName, IReadOnlyList<InviteEntry> invites, DateTimeOffset now, Func<DateTimeOffset, DateTimeOffset> toFirmTime) =>
        $"<b>Приглашения — {Escape(companyName)}</b>\n"
        + (invites.Count == 0 ? "Приглашений ещё не было." : string.Join("\n", invites.Select(i => $"№{i.Id} от {toFirmTime(i.CreatedAt):dd.MM} — " + (
            i.RevokedAt is not null ? "отозвано"
            : i.UsedAt is { } used ? $"принято {toFirmTime(used):dd.MM.yyyy} ({Escape(i.UsedByName ?? "")})"
            : i.ExpiresAt <= now ? "истекло"
            : $"ждёт, до {toFirmTime(i.ExpiresAt):dd.MM.yyyy HH:mm}"))));

    public override string RevokeButton(long id) => $"Отозвать №{id}";

    public override string Revoked => "Приглашение отозвано: ссылка больше не работает.";
}
