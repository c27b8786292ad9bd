using Bot.Core.Deadlines;
using Bot.Core.Indicators;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.RouterBuilder;

namespace Bot.Core.Tests.Indicators;

/// <summary>«Показатели»: the month's numbers written the Russian way with their change against the month before,
/// the right <c>finance</c> enforced, earlier months picked by button.</summary>
public sealed class IndicatorTests
{
    private static readonly ChatUser NoFinance = new(4004, "Олег", "ru");
    private readonly InMemoryDirectory directory = new();
    private readonly InMemoryIndicators indicators = new();

    public IndicatorTests()
    {
        directory.Join(Guest().Id, 1, "ООО «Ромашка»");
        directory.Join(NoFinance.Id, 1, "ООО «Ромашка»");
        indicators.All.Add(new MonthFigures(1, new DateOnly(2026, 10, 1), 1_000_000m, 200_000m, 50_000m, 80_000m, 0m, 300_000m));
        indicators.All.Add(new MonthFigures(1, new DateOnly(2026, 11, 1), 1_234_567.89m, 150_000m, 50_000m, 100_000m, 12_000m, 300_000m));
    }

    [Fact]
    public void A_months_numbers_are_grouped_with_non_breaking_spaces_and_compared_with_the_month_before()
    {
        var text = IndicatorMessages.Text(RussianIndicatorTexts.Instance, "ООО «Ромашка»", indicators.All);

        Assert.Equal(
            "📊 <b>Показатели за ноябрь 2026 — ООО «Ромашка»</b>\n" +
            "Выручка: <b>1\u00a0234\u00a0568\u00a0₽</b> ▲\u00a023,5\u00a0%\n" +
            "Чистая прибыль: <b>150\u00a0000\u00a0₽</b> ▼\u00a025\u00a0%\n" +
            "Дебиторская задолженность: <b>50\u00a0000\u00a0₽</b> =\u00a00\u00a0%\n" +
            "Кредиторская задолженность: <b>100\u00a0000\u00a0₽</b> ▲\u00a025\u00a0%\n" +
            "Запасы: <b>12\u00a0000\u00a0₽</b>\n" +
            "Денежные средства: <b>300\u00a0000\u00a0₽</b> =\u00a00\u00a0%",
            text);
    }

    [Fact]
    public async Task The_latest_month_opens_earlier_ones_are_picked_and_an_employee_without_finance_is_refused()
    {
        var router = Router(directory: directory, indicators: indicators);
        var refusing = Router(directory: WithoutFinance(), indicators: indicators);

        var latest = Assert.IsType<EditText>((await router.RouteAsync(Press(Guest(), "m:indicators"), CancellationToken.None))[1]);
        var october = Assert.IsType<EditText>((await router.RouteAsync(Press(Guest(), "vm:1:202610"), CancellationToken.None))[1]);
        var refusedMenu = Assert.IsType<AnswerButton>(Assert.Single(await refusing.RouteAsync(Press(NoFinance, "m:indicators"), CancellationToken.None)));
        var refusedMonth = Assert.IsType<AnswerButton>(Assert.Single(await refusing.RouteAsync(Press(NoFinance, "vm:1:202611"), CancellationToken.None)));
        var refusedChart = Assert.IsType<AnswerButton>(Assert.Single(await refusing.RouteAsync(Press(NoFinance, "vg:1:202611"), CancellationToken.None)));
        var chart = await router.RouteAsync(Press(Guest(), "vg:1:202611"), CancellationToken.None);

        Assert.StartsWith("📊 <b>Показатели за ноябрь 2026", latest.Html, StringComparison.Ordinal);
        Assert.Equal(["📈 График за год", "• 11.2026", "« Главное меню"], latest.Keyboard!.Rows.Select(row => row[0].Text));
        Assert.StartsWith("📊 <b>Показатели за октябрь 2026", october.Html, StringComparison.Ordinal);
        Assert.All([refusedMenu, refusedMonth, refusedChart], refusal => Assert.Equal("Это действие вам недоступно.", refusal.Notice));
        Assert.IsType<SendFile>(chart[1]);
    }

    [Fact]
    public async Task Another_companys_employee_cannot_reach_the_numbers_or_the_chart_by_forged_buttons()
    {
        var stranger = new ChatUser(5005, "Пётр", "ru");
        directory.Join(stranger.Id, 2, "АО «Василёк»");
        var router = Router(directory: directory, indicators: indicators);

        var replies = new List<Outgoing>();
        foreach (var data in new[] { "vm:1:202611", "vm:1:0", "vg:1:202611", "vm:1:999999" })
        {
            replies.AddRange(await router.RouteAsync(Press(stranger, data), CancellationToken.None));
        }

        Assert.Equal(4, replies.Count);
        Assert.All(replies, reply => Assert.Equal("Это действие вам недоступно.", Assert.IsType<AnswerButton>(reply).Notice));
        Assert.Equal(0, indicators.ChartsDrawn);
    }

    [Fact]
    public async Task The_months_message_goes_to_the_audience_with_one_chart_per_language()
    {
        indicators.Audience[1] = [new Recipient(1, "ru"), new Recipient(2, "ru"), new Recipient(3, "en")];
        var messages = new IndicatorMessages(indicators, indicators);

        var sent = await messages.ForMonthAsync(1, "ООО «Ромашка»", new DateOnly(2026, 11, 1), CancellationToken.None);

        Assert.Equal([1L, 1, 2, 2, 3, 3], sent.Select(reply => reply switch { SendText t => t.ChatId, SendFile f => f.ChatId, _ => 0 }));
        Assert.StartsWith("📊 <b>Key figures for November 2026", ((SendText)sent[4]).Html, StringComparison.Ordinal);
        Assert.Equal(2, indicators.ChartsDrawn);
    }

    private static InMemoryDirectory WithoutFinance()
    {
        var limited = new InMemoryDirectory();
        limited.Join(NoFinance.Id, 1, "ООО «Ромашка»", finance: false);
        return limited;
    }
}
