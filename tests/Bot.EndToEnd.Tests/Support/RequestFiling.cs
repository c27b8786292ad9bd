using Bot.FakeTelegram.Driver;

namespace Bot.EndToEnd.Tests.Support;

/// <summary>A client going through the request form as a person would, screen by screen.</summary>
internal static class RequestFiling
{
    /// <summary>«Заказать услугу» on a message with the main menu → the category → the service → the description
    /// typed; returns the attachments step (a new message).</summary>
    public static async Task<BotMessage> OpenFormAsync(FakeUser client, BotMessage menu, string description, string category = "Бухгалтерия", string service = "Декларация УСН")
    {
        var edits = menu.EditCount;
        client.PressButton(menu, "Заказать услугу");
        client.PressButton(await EditedAsync(client, menu, edits + 1), category);
        client.PressButton(await EditedAsync(client, menu, edits + 2), service);
        await EditedAsync(client, menu, edits + 3);
        client.SendText(description);
        return await client.WaitForMessageAsync(m => m.MessageId > menu.MessageId && m.Text?.Contains("Прикрепите сканы", StringComparison.Ordinal) == true);
    }

    /// <summary>«Готово» on the attachments screen, the offered deadline kept, «Отправить»; returns the confirmation.</summary>
    public static async Task<BotMessage> SubmitAsync(FakeUser client, BotMessage attachments)
    {
        var edits = attachments.EditCount;
        client.PressButton(attachments, attachments.AllButtons.First(button => button.Text is "Готово" or "Продолжить без файлов").Text);
        var deadline = await EditedAsync(client, attachments, edits + 1);
        client.PressButton(deadline, deadline.AllButtons.First(button => button.Text.StartsWith("Оставить", StringComparison.Ordinal)).Text);
        client.PressButton(await EditedAsync(client, attachments, edits + 2), "Отправить");
        return await EditedAsync(client, attachments, edits + 3);
    }

    /// <summary>A whole request without files; returns the confirmation (which carries the main menu again).</summary>
    public static async Task<BotMessage> FileAsync(FakeUser client, BotMessage menu, string description, string category, string service) =>
        await SubmitAsync(client, await OpenFormAsync(client, menu, description, category, service));

    public static Task<BotMessage> EditedAsync(FakeUser user, BotMessage message, int editCount) =>
        user.WaitForMessageAsync(m => m.MessageId == message.MessageId && m.EditCount == editCount);
}
