using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.FakeTelegram.Tests;

/// <summary>The wire format itself, as any Bot API client would meet it, not only Telegram.Bot.</summary>
public sealed class RawRequestTests : FakeApiTest
{
    protected override FakeBotApiOptions Options => new() { Flood = Limits.FloodLimits.Telegram with { PerChatBurst = 1 } };

    [Fact]
    public async Task An_empty_body_and_a_query_string_are_accepted()
    {
        var user = Api.NewUser();
        using var http = new HttpClient { BaseAddress = Api.BaseUrl };

        using var me = await http.PostAsync($"/bot{Api.Token}/getMe", new ByteArrayContent([]));
        using var sent = await http.GetAsync($"/bot{Api.Token}/sendMessage?chat_id={user.ChatId}&text=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.True((await Body(me))["ok"]!.GetValue<bool>());
        Assert.Equal("Привет", (await Body(sent))["result"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Form_fields_carry_json_for_complex_values()
    {
        var user = Api.NewUser();
        using var http = new HttpClient { BaseAddress = Api.BaseUrl };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = $"{user.ChatId}",
            ["text"] = "Меню",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"О фирме","callback_data":"m:about"}]]}""",
        });

        using var response = await http.PostAsync($"/bot{Api.Token}/sendMessage", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("m:about", Assert.Single(user.BotMessages).AllButtons.Single().CallbackData);
    }

    [Fact]
    public async Task A_refusal_uses_telegrams_envelope_and_the_same_http_status()
    {
        var user = Api.NewUser();
        using var http = new HttpClient { BaseAddress = Api.BaseUrl };
        var body = $$"""{"chat_id":{{user.ChatId}},"text":"раз"}""";

        using var first = await http.PostAsync($"/bot{Api.Token}/sendMessage", new StringContent(body, Encoding.UTF8, "application/json"));
        using var second = await http.PostAsync($"/bot{Api.Token}/sendMessage", new StringContent(body, Encoding.UTF8, "application/json"));
        using var unknown = await http.PostAsync($"/bot{Api.Token}/sendTelepathy", new ByteArrayContent([]));
        var refusal = await Body(second);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((HttpStatusCode)429, second.StatusCode);
        Assert.False(refusal["ok"]!.GetValue<bool>());
        Assert.Equal(429, refusal["error_code"]!.GetValue<int>());
        Assert.Equal(1, refusal["parameters"]!["retry_after"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<JsonNode> Body(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}
