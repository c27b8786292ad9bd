using Bot.Core.Messaging;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.RouterBuilder;

namespace Bot.Core.Tests.Routing;

public sealed class UpdateRouterTests
{
    [Fact]
    public async Task Start_greets_an_unknown_user_in_russian_with_the_firm_name_and_how_to_get_access()
    {
        var replies = await Router().RouteAsync(Text(Guest(), "/start"), CancellationToken.None);

        var reply = Assert.IsType<SendText>(Assert.Single(replies));
        Assert.Contains("Здравствуйте, Анна!", reply.Html, StringComparison.Ordinal);
        Assert.Contains("<b>Бухгалтерия &amp; Партнёры</b>", reply.Html, StringComparison.Ordinal);
        Assert.Contains("ссылку-приглашение", reply.Html, StringComparison.Ordinal);
        Assert.Equal(["О фирме", "Помощь"], reply.Keyboard!.Buttons.Select(b => b.Text));
    }

    [Fact]
    public async Task Start_speaks_english_to_an_english_telegram()
    {
        var replies = await Router().RouteAsync(Text(Guest("en-GB"), "/start"), CancellationToken.None);

        var reply = Assert.IsType<SendText>(Assert.Single(replies));
        Assert.StartsWith("Hello, Анна!", reply.Html, StringComparison.Ordinal);
        Assert.Contains("invite link", reply.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_finds_the_status_section_in_the_main_menu()
    {
        var replies = await Router().RouteAsync(Text(Administrator(), "/start"), CancellationToken.None);

        var reply = Assert.IsType<SendText>(Assert.Single(replies));
        Assert.Contains("администратор", reply.Html, StringComparison.Ordinal);
        Assert.Contains("Состояние бота", reply.Keyboard!.Buttons.Select(b => b.Text));
    }

    [Fact]
    public async Task A_guest_forging_the_status_button_is_refused_and_sees_nothing()
    {
        var replies = await Router().RouteAsync(Press(Guest(), "m:status"), CancellationToken.None);

        var answer = Assert.IsType<AnswerButton>(Assert.Single(replies));
        Assert.Equal("Это действие вам недоступно.", answer.Notice);
    }

    [Fact]
    public async Task The_administrator_sees_how_many_people_wrote_to_the_bot()
    {
        var activity = new InMemoryUserActivity();
        var router = Router(activity);
        await router.RouteAsync(Text(Guest(), "привет"), CancellationToken.None);

        var replies = await router.RouteAsync(Press(Administrator(), "m:status"), CancellationToken.None);

        Assert.IsType<AnswerButton>(replies[0]);
        var screen = Assert.IsType<EditText>(replies[1]);
        Assert.Equal(11, screen.MessageId);
        Assert.Contains("Писали боту: 2", screen.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("m:nothing")]
    [InlineData("task:accept:99")]
    [InlineData("")]
    public async Task A_stale_or_unknown_button_is_answered_and_changes_nothing(string data)
    {
        var replies = await Router().RouteAsync(Press(Guest(), data), CancellationToken.None);

        Assert.Equal("Эта кнопка устарела.", Assert.IsType<AnswerButton>(Assert.Single(replies)).Notice);
    }

    [Fact]
    public async Task Every_menu_press_is_answered_before_the_screen_changes()
    {
        var replies = await Router().RouteAsync(Press(Guest(), "m:about"), CancellationToken.None);

        Assert.IsType<AnswerButton>(replies[0]);
        var screen = Assert.IsType<EditText>(replies[1]);
        Assert.Contains("+7 495 000-00-00", screen.Html, StringComparison.Ordinal);
        Assert.Equal(["« Главное меню"], screen.Keyboard!.Buttons.Select(b => b.Text));
    }

    [Theory]
    [InlineData("что-нибудь", "Я не понял сообщение")]
    [InlineData("/whatever", "Команда /whatever мне не известна")]
    public async Task Unknown_text_and_commands_get_short_help(string text, string expected)
    {
        var replies = await Router().RouteAsync(Text(Guest(), text), CancellationToken.None);

        Assert.Contains(expected, Assert.IsType<SendText>(Assert.Single(replies)).Html, StringComparison.Ordinal);
    }
}
