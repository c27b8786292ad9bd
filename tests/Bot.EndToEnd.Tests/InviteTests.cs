using Bot.EndToEnd.Tests.Support;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using Dapper;
using Npgsql;

namespace Bot.EndToEnd.Tests;

/// <summary>An administrator sets up a client with the host's commands; the client's employee joins by the
/// invite link and finds the company's own services in the menu.</summary>
public sealed class InviteTests
{
    [Fact]
    public async Task An_invite_binds_the_user_to_the_company_whose_services_the_menu_then_shows_and_works_only_once()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await ToolAsync(bot, "catalog", "import", DemoCatalog);
        await ToolAsync(bot, "staff", "add", "ivanova", "Иванова Мария", "hr,accounting");
        await ToolAsync(bot, "company", "add", Inn, "ООО «Ромашка»");
        await ToolAsync(bot, "project", "add", Inn, "accounting", "ivanova", "main");
        var link = await ToolAsync(bot, "invite", "client", Inn);
        var token = Token(link);

        var client = bot.Api.NewUser("Светлана");
        client.SendCommand("start", token);
        var welcome = await client.NextMessageAsync();
        client.PressButton(welcome, "Заказать услугу");
        var categories = await client.WaitForMessageAsync(m => m.MessageId == welcome.MessageId && m.EditCount == 1);
        client.PressButton(categories, "Бухгалтерия");
        var services = await client.WaitForMessageAsync(m => m.MessageId == welcome.MessageId && m.EditCount == 2);
        var stranger = bot.Api.NewUser("Олег");
        stranger.SendCommand("start", token);
        var refused = await stranger.NextMessageAsync();

        Assert.StartsWith("https://t.me/cabinet_test_bot?start=", link, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", token);
        Assert.StartsWith("Готово: вы подключены к кабинету компании ООО «Ромашка»", welcome.Text, StringComparison.Ordinal);
        Assert.Equal(["Зарплата", "Бухгалтерия", "Отмена"], categories.Buttons.Select(row => row[0].Text));
        Assert.Contains("Декларация УСН — срок 5 рабочих дней, не позднее 10 рабочих дней", services.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Приём сотрудника", services.Text, StringComparison.Ordinal);
        Assert.StartsWith("Это приглашение уже использовано", refused.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(refused.AllButtons, button => button.Text == "Заказать услугу");
    }

    [Fact]
    public async Task A_person_invited_to_two_companies_switches_between_them_and_sees_each_ones_services()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await ToolAsync(bot, "catalog", "import", DemoCatalog);
        await ToolAsync(bot, "staff", "add", "ivanova", "Иванова Мария", "hr,accounting");
        await ToolAsync(bot, "company", "add", Inn, "ООО «Ромашка»");
        await ToolAsync(bot, "company", "add", "7736207543", "АО «Василёк»");
        await ToolAsync(bot, "project", "add", Inn, "accounting", "ivanova", "main");
        await ToolAsync(bot, "project", "add", "7736207543", "hr", "ivanova", "main");
        var client = bot.Api.NewUser("Светлана");
        client.SendCommand("start", Token(await ToolAsync(bot, "invite", "client", Inn)));
        await client.NextMessageAsync();
        client.SendCommand("start", Token(await ToolAsync(bot, "invite", "client", "7736207543")));
        var joined = await client.NextMessageAsync();

        client.PressButton(joined, "Сменить компанию");
        var companies = await client.WaitForMessageAsync(m => m.MessageId == joined.MessageId && m.EditCount == 1);
        client.PressButton(companies, "ООО «Ромашка»");
        var chosen = await client.WaitForMessageAsync(m => m.MessageId == joined.MessageId && m.EditCount == 2);
        client.PressButton(chosen, "Заказать услугу");
        var categories = await client.WaitForMessageAsync(m => m.MessageId == joined.MessageId && m.EditCount == 3);

        Assert.StartsWith("Готово: вы подключены к кабинету компании АО «Василёк»", joined.Text, StringComparison.Ordinal);
        Assert.Equal(["✓ АО «Василёк»", "ООО «Ромашка»"], companies.Buttons.Select(row => row[0].Text));
        Assert.Contains("Компания: ООО «Ромашка»", chosen.Text, StringComparison.Ordinal);
        Assert.Equal(["Зарплата", "Бухгалтерия", "Отмена"], categories.Buttons.Select(row => row[0].Text));
    }

    [Fact]
    public async Task An_expired_invite_binds_nothing()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await ToolAsync(bot, "company", "add", Inn, "ООО «Ромашка»");
        var link = await ToolAsync(bot, "invite", "client", Inn, "3");
        await using (var connection = new NpgsqlConnection(bot.DatabaseConnectionString))
        {
            await connection.ExecuteAsync("UPDATE invites SET expires_at = now() - interval '1 minute'");
        }

        var late = bot.Api.NewUser("Ирина");
        late.SendCommand("start", Token(link));
        var expired = await late.NextMessageAsync();
        late.SendCommand("start");
        var greeting = await late.NextMessageAsync();

        Assert.StartsWith("Срок действия приглашения истёк", expired.Text, StringComparison.Ordinal);
        Assert.Contains("попросите у своего бухгалтера ссылку-приглашение", greeting.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_member_joins_by_invite_and_sees_only_the_clients_they_serve()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await ToolAsync(bot, "staff", "add", "ivanova", "Иванова Мария", "accounting");
        await ToolAsync(bot, "staff", "add", "petrov", "Петров Олег", "hr");
        await ToolAsync(bot, "company", "add", Inn, "ООО «Ромашка»");
        await ToolAsync(bot, "company", "add", "7736207543", "АО «Василёк»");
        await ToolAsync(bot, "project", "add", Inn, "accounting", "ivanova", "main");
        await ToolAsync(bot, "project", "add", "7736207543", "hr", "petrov", "main");
        var link = await ToolAsync(bot, "invite", "staff", "ivanova");

        var ivanova = bot.Api.NewUser("Мария");
        ivanova.SendCommand("start", Token(link));
        var welcome = await ivanova.NextMessageAsync();
        ivanova.PressButton(welcome, "Клиенты");
        var clients = await ivanova.WaitForMessageAsync(m => m.MessageId == welcome.MessageId && m.EditCount == 1);

        Assert.StartsWith("Готово: Иванова Мария, вы подключены как сотрудник фирмы.", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("ООО «Ромашка», ИНН 7707083893", clients.Text, StringComparison.Ordinal);
        Assert.Contains("Бухгалтерия: Иванова Мария", clients.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Василёк", clients.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(welcome.AllButtons, button => button.Text == "Заказать услугу");
    }
}
