using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.FakeTelegram.Tests;

public sealed class WebhookTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string? Secret, JsonNode Update)> received = new();
    private FakeBotApi api = null!;
    private WebApplication receiver = null!;
    private int failuresToSimulate;

    public async Task InitializeAsync()
    {
        api = await FakeBotApi.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        receiver = builder.Build();
        receiver.MapPost("/hook", async (HttpContext http) =>
        {
            if (Interlocked.Decrement(ref failuresToSimulate) >= 0)
            {
                return Results.StatusCode(500);
            }

            received.Enqueue((http.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].FirstOrDefault(), (await JsonNode.ParseAsync(http.Request.Body))!));
            return Results.Ok();
        });
        await receiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        await receiver.DisposeAsync();
    }

    private string HookUrl => receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";

    [Fact]
    public async Task Updates_are_pushed_with_the_secret_and_getUpdates_is_refused_meanwhile()
    {
        var bot = Clients.For(api);
        await bot.SetWebhook(HookUrl, secretToken: "s3cret_token");
        var user = api.NewUser();

        user.SendText("Здравствуйте");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.GetUpdates());
        await WaitUntilAsync(() => !received.IsEmpty);

        Assert.Equal(409, error.ErrorCode);
        var (secret, update) = Assert.Single(received);
        Assert.Equal("s3cret_token", secret);
        Assert.Equal("Здравствуйте", update["message"]!["text"]!.GetValue<string>());
        Assert.Equal(HookUrl, (await bot.GetWebhookInfo()).Url);
    }

    [Fact]
    public async Task A_failing_webhook_keeps_the_update_and_gets_it_again()
    {
        failuresToSimulate = 1;
        var bot = Clients.For(api);
        await bot.SetWebhook(HookUrl);

        api.NewUser().SendText("Не потеряйте");
        await WaitUntilAsync(() => !received.IsEmpty && api.PendingUpdateCount == 0);

        Assert.Single(received);
        Assert.NotNull((await bot.GetWebhookInfo()).LastErrorMessage);
        Assert.Equal(0, api.PendingUpdateCount);
    }

    [Fact]
    public async Task Deleting_the_webhook_keeps_pending_updates_for_polling()
    {
        var bot = Clients.For(api);
        await bot.SetWebhook("https://cabinet.example/hook");
        api.NewUser().SendText("Ждите");

        await bot.DeleteWebhook(dropPendingUpdates: false);

        Assert.Equal("Ждите", Assert.Single(await bot.GetUpdates()).Message!.Text);
    }

    [Fact]
    public async Task A_plain_http_webhook_outside_this_machine_is_refused()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(api).SetWebhook("http://cabinet.example/hook"));

        Assert.Equal("Bad Request: bad webhook: An HTTPS URL must be provided for webhook", error.Message);
    }

    [Fact]
    public async Task An_https_webhook_on_a_port_telegram_does_not_serve_is_refused()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(api).SetWebhook("https://cabinet.example:8080/hook"));

        Assert.Equal("Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443", error.Message);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }
    }
}
