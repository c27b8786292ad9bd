using System.Globalization;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianIndicatorTexts : IndicatorTexts
{
    public static readonly RussianIndicatorTexts Instance = new();

    private RussianIndicatorTexts()
    {
    }

    public override string IndicatorsButton => "Показатели";

    public override string ChartButton => "📈 График за год";

    public override string ChooseCompany => "Показатели: выберите компанию.";

    public override IReadOnlyList<string> Names { get; } =
        ["Выручка", "Чистая прибыль", "Дебиторская задолженность", "Кредиторская задолженность", "Запасы", "Денежные средства"];

    public override string NoFigures(string companyName) => $"<b>Показатели — {Escape(companyName)}</b>\nЦифр пока нет: бухгалтер загрузит их после закрытия месяца.";

    public override string ChartTitle(string companyName) => $"{companyName}: последние 12 месяцев, ₽";

    protected override CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("ru-RU");

    protected override string Title(string month, string companyName) => $"Показатели за {month} — {companyName}";
}
