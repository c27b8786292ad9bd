using Bot.Core.Notifications;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianNotificationTexts : NotificationTexts
{
    public static readonly RussianNotificationTexts Instance = new();

    private RussianNotificationTexts()
    {
    }

    public override string NewButton => "Уведомление";

    public override string ListButton => "Уведомления";

    public override string ReadButton => "Ознакомлен";

    public override string ApproveButton => "Согласовать";

    public override string DeclineButton => "Отклонить";

    public override string NoCommentButton => "Без комментария";

    public override string NoFileButton => "Без файла";

    public override string RefreshButton => "Обновить";

    public override string KindName(NotificationKind kind) => kind switch
    {
        NotificationKind.Info => "Информационное",
        NotificationKind.Read => "С подтверждением прочтения",
        NotificationKind.File => "С просмотром файла",
        _ => "Требует согласования",
    };

    public override string OpenFileButton(string fileName) => $"📄 Открыть «{fileName}»";

    public override string AllButton(int count) => $"Всем сотрудникам ({count})";

    public override string OnlyButton(string name) => $"Только: {name}";

    public override string Reminder => "⏰ <b>Напоминание:</b> ждём вашего ответа.";

    public override string StatusLine(RecipientState state, DateTimeOffset firmTime, string? comment) => state switch
    {
        RecipientState.Read => $"✓ ознакомлен(а) {When(firmTime)}",
        RecipientState.Opened => $"✓ файл открыт {When(firmTime)}",
        RecipientState.Approved => $"✅ согласовано {When(firmTime)}",
        RecipientState.Declined => $"❌ отклонено {When(firmTime)}" + (string.IsNullOrEmpty(comment) ? "" : $": «{Escape(comment)}»"),
        _ => Waiting,
    };

    public override string AlreadyAnswered => "Вы уже ответили на это уведомление.";

    public override string DeclinePrompt => "Напишите, почему отклоняете, или нажмите «Без комментария».";

    public override string ChooseKind(string companyName) => $"Новое уведомление для {Escape(companyName)}: выберите тип.";

    public override string TextPrompt(NotificationKind kind) => $"{KindName(kind)}: напишите текст уведомления.";

    public override string FilePrompt(bool required) => required
        ? "Пришлите файл, который сотрудники должны открыть."
        : "Пришлите файл к уведомлению или нажмите «Без файла».";

    public override string ChooseRecipients(int count) => $"Кому отправить? Сотрудников компании в боте: {count}.";

    public override string NoAudience => "У компании нет сотрудников в боте — уведомление отправить некому.";

    public override string TooLong(int limit) => $"Текст длиннее {limit} символов — сократите его, пожалуйста.";

    public override string AnswerToSender(string name, RecipientState state, long id, string? comment) => state switch
    {
        RecipientState.Approved => $"✅ {Escape(name)} согласовал(а) уведомление №{id}.",
        _ => $"❌ {Escape(name)} отклонил(а) уведомление №{id}" + (string.IsNullOrEmpty(comment) ? "." : $": «{Escape(comment)}»."),
    };

    public override string List(string companyName, int total) => total == 0
        ? $"<b>Уведомления — {Escape(companyName)}</b>\nПока не было."
        : $"<b>Уведомления — {Escape(companyName)}</b>\nВсего: {total}, новые сверху; в кнопке — сколько ответили из скольких.";

    protected override string RecipientsTitle => "Получатели:";

    protected override string Waiting => "⏳ ждём ответа";

    protected override string Delivered => "отправлено";

    protected override string Title(string companyName) => $"Уведомление от фирмы · {Escape(companyName)}";

    protected override string CardTitle(long id) => $"Уведомление №{id}";

    protected override string Hint(NotificationKind kind, bool mayApprove) => kind switch
    {
        NotificationKind.Info => "Для сведения.",
        NotificationKind.Read => "Подтвердите, что ознакомились.",
        NotificationKind.File => "Откройте файл кнопкой ниже.",
        _ when mayApprove => "Требуется ваше согласование.",
        _ => "Согласовывают сотрудники с правом согласования.",
    };
}
