using System.Net;
using Bot.EndToEnd.Tests.Support;
using Bot.Host.Telegram;

namespace Bot.EndToEnd.Tests;

/// <summary>Webhook settings Telegram would not work with are refused at start, and a webhook Telegram refused
/// fails readiness with its reason.</summary>
public sealed class WebhookSettingsTests
{
    private const string GoodSecret = "0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("https://cabinet.example/telegram", "x", "Telegram:WebhookSecret must be 32–256")]
    [InlineData("http://cabinet.example/telegram", GoodSecret, "Telegram:WebhookUrl must be the public https URL")]
    [InlineData("https://cabinet.example:8080/telegram", GoodSecret, "Telegram:WebhookUrl must be the public https URL")]
    public void Settings_telegram_would_refuse_are_named_at_start(string url, string secret, string expected)
    {
        var result = new TelegramOptionsValidation().Validate(null, Webhook(url, secret, "https://api.telegram.org"));

        Assert.Contains(result.Failures!, failure => failure.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void An_https_webhook_on_port_8443_or_an_http_one_for_a_self_hosted_server_is_accepted()
    {
        var official = new TelegramOptionsValidation().Validate(null, Webhook("https://cabinet.example:8443/telegram", GoodSecret, "https://api.telegram.org"));
        var local = new TelegramOptionsValidation().Validate(null, Webhook("http://127.0.0.1:9000/telegram", GoodSecret, "http://localhost:8081"));

        Assert.True(official.Succeeded, official.FailureMessage);
        Assert.True(local.Succeeded, local.FailureMessage);
    }

    [Fact]
    public async Task A_webhook_telegram_refuses_fails_readiness_with_its_reason()
    {
        await using var bot = new BotUnderTest
        {
            Settings = new Dictionary<string, string?>
            {
                ["Telegram:Mode"] = "Webhook",
                ["Telegram:WebhookUrl"] = "http://cabinet.example/telegram/webhook", // not on this machine: the fake refuses plain http
                ["Telegram:WebhookSecret"] = GoodSecret,
            },
        };
        await bot.InitializeAsync();
        using var http = new HttpClient { BaseAddress = BotUnderTest.AddressOf(bot.Instances[0]) };

        HttpResponseMessage? ready = null;
        await Eventually.HoldsAsync(
            async () => (ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.ServiceUnavailable,
            TimeSpan.FromSeconds(20),
            "readiness to fail");

        Assert.Contains("Telegram did not take the webhook: 400 Bad Request: bad webhook: An HTTPS URL must be provided for webhook", await ready!.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static TelegramOptions Webhook(string url, string secret, string api) => new()
    {
        Token = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        ApiBaseUrl = api,
        Mode = TelegramOptions.WebhookMode,
        WebhookUrl = url,
        WebhookSecret = secret,
    };
}
