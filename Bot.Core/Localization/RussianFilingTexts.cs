using Bot.Core.Filings;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianFilingTexts : FilingTexts
{
    public static readonly RussianFilingTexts Instance = new();

    private RussianFilingTexts()
    {
    }

    public override string FilingsButton => "Отчётность";

    public override string ChooseCompany => "Отчётность: выберите компанию.";

    public override string OpenButton => "Открыть";

    public override string StatusName(FilingStatus status) => status switch
    {
        FilingStatus.Sent => "Отправлен",
        FilingStatus.Delivered => "Доставлен",
        FilingStatus.Accepted => "Принят",
        FilingStatus.Rejected => "Отклонён",
        _ => "Требует уточнения",
    };

    public override string DocumentName(FilingDocumentKind kind) => kind switch
    {
        FilingDocumentKind.Report => "Отчёт",
        FilingDocumentKind.Receipt => "Квитанция о приёме",
        FilingDocumentKind.InputNotice => "Извещение о вводе",
        FilingDocumentKind.Refusal => "Уведомление об отказе",
        _ => "Протокол",
    };

    public override string List(string companyName, int total, int first, int last) =>
        $"<b>Отчётность — {Escape(companyName)}</b>\nОтчёты {first}–{last} из {total}, последние периоды сверху. Нажмите на отчёт, чтобы увидеть историю и документы.";

    public override string Empty(string companyName) => $"<b>Отчётность — {Escape(companyName)}</b>\nОтправленных отчётов пока нет.";

    protected override string SentLabel => "отправлен";

    protected override string StatusLabel => "Статус";

    protected override string HistoryLabel => "История:";

    protected override string ReasonLabel => "Причина";
}
