using Bot.EndToEnd.Tests.Support;
using Bot.Testing.Postgres;

namespace Bot.EndToEnd.Tests;

public sealed class StartTests(BotUnderTest bot) : IClassFixture<BotUnderTest>
{
    [Fact]
    public async Task Start_greets_a_new_user_in_russian_with_the_firm_name_and_how_to_get_access()
    {
        var user = bot.Api.NewUser("Анна", "ru");

        user.SendCommand("start");
        var reply = await user.NextMessageAsync();

        Assert.StartsWith("Здравствуйте, Анна!", reply.Text, StringComparison.Ordinal);
        Assert.Contains(BotUnderTest.FirmName, reply.Text, StringComparison.Ordinal);
        Assert.Contains("ссылку-приглашение", reply.Text, StringComparison.Ordinal);
        Assert.Contains(BotUnderTest.FirmPhone, reply.Text, StringComparison.Ordinal);
        Assert.Equal(["О фирме", "Помощь"], reply.AllButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task Start_speaks_english_to_a_user_whose_telegram_is_in_english()
    {
        var user = bot.Api.NewUser("John", "en");

        user.SendCommand("start");
        var reply = await user.NextMessageAsync();

        Assert.StartsWith("Hello, John!", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["About the firm", "Help"], reply.AllButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task An_administrator_opens_the_status_screen_from_the_main_menu()
    {
        var admin = bot.Administrator;
        admin.SendCommand("start");
        var menu = await admin.WaitForMessageAsync(m => m.AllButtons.Any(b => b.Text == "Состояние бота"));

        var press = admin.PressButton(menu, "Состояние бота");
        var answer = await admin.WaitForAnswerAsync(press);
        var screen = await admin.WaitForMessageAsync(m => m.MessageId == menu.MessageId && m.Text!.Contains("Состояние бота", StringComparison.Ordinal) && m.EditCount > 0);

        Assert.Null(answer.Text);
        Assert.Contains($"Схема базы данных: {ShippedMigrations.Latest}", screen.Text, StringComparison.Ordinal);
        Assert.Equal(["« Главное меню"], screen.AllButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task A_menu_button_is_answered_and_its_message_edited_in_place()
    {
        var user = bot.Api.NewUser("Борис", "ru");
        user.SendCommand("start");
        var menu = await user.NextMessageAsync();

        var press = user.PressButton(menu, "О фирме");
        await user.WaitForAnswerAsync(press);
        var about = await user.WaitForMessageAsync(m => m.MessageId == menu.MessageId && m.EditCount == 1);
        user.PressButton(about, "« Главное меню");
        var back = await user.WaitForMessageAsync(m => m.MessageId == menu.MessageId && m.EditCount == 2);

        Assert.Contains("Часы работы: пн–пт, 09:00–18:00 (Europe/Moscow)", about.Text, StringComparison.Ordinal);
        Assert.Contains("Главное меню", back.Text, StringComparison.Ordinal);
        Assert.Single(user.BotMessages);
    }

    [Fact]
    public async Task A_guest_pressing_a_forged_administrator_button_is_refused()
    {
        var user = bot.Api.NewUser("Вера", "ru");
        user.SendCommand("start");
        var menu = await user.NextMessageAsync();

        var press = user.PressButtonWithData(menu.MessageId, "m:status");
        var answer = await user.WaitForAnswerAsync(press);

        Assert.Equal("Это действие вам недоступно.", answer.Text);
        Assert.Equal(0, user.BotMessages.Single().EditCount);
    }

    [Fact]
    public async Task Unknown_text_a_file_and_an_unknown_command_get_short_help()
    {
        var user = bot.Api.NewUser("Глеб", "ru");

        user.SendText("когда будет готов отчёт?");
        var help = await user.NextMessageAsync();
        user.SendDocument("счёт.pdf", [1, 2, 3]);
        var file = await user.NextMessageAsync();
        user.SendCommand("report");
        var command = await user.NextMessageAsync();

        Assert.Contains("/menu", help.Text, StringComparison.Ordinal);
        Assert.Contains("Файл получен", file.Text, StringComparison.Ordinal);
        Assert.Contains("Команда /report мне не известна", command.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guest_made_staff_elsewhere_meanwhile_is_answered_as_staff_at_once()
    {
        var user = bot.Api.NewUser("Тимур", "ru");
        user.SendCommand("start");
        var asGuest = await user.NextMessageAsync();
        user.SendText("когда будет готов отчёт?");
        await user.NextMessageAsync(); // answered on what the bot remembered of the guest

        var id = user.Profile.Id;
        await Sql.ExecuteAsync(bot, $"INSERT INTO staff (login, full_name, telegram_user_id, created_at) VALUES ('timur{id}', 'Тимур', {id}, now())");
        user.SendCommand("start");
        var asStaff = await user.NextMessageAsync();

        Assert.DoesNotContain(asGuest.AllButtons, button => button.Text == "Мои задачи");
        Assert.Contains(asStaff.AllButtons, button => button.Text == "Мои задачи");
    }

    [Fact]
    public async Task The_command_menu_is_registered_in_russian_and_english()
    {
        await Eventually.HoldsAsync(() => bot.Api.CommandsFor("").Count > 0 && bot.Api.CommandsFor("en").Count > 0, TimeSpan.FromSeconds(10), "both command menus");

        Assert.Contains(("start", "Начать работу"), bot.Api.CommandsFor(""));
        Assert.Contains(("cancel", "Cancel the current action"), bot.Api.CommandsFor("en"));
    }
}
