using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bot.Host.Inbox;
using Bot.Host.Operations;
using Bot.Host.Telegram;
using Bot.Storage.Inbox;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Host.Webhook;

/// <summary>Receives updates in webhook mode, on any instance behind the load balancer. The secret token is
/// compared in constant time; a wrong or missing one gets 401 and nothing is stored. An update is answered
/// 200 only once it is in the inbox; if the database fails, Telegram gets 503 and delivers it again.</summary>
internal sealed class WebhookEndpoint(
    InboxIntake inbox,
    IntakeLimiter limiter,
    BotMetrics metrics,
    IOptions<TelegramOptions> options,
    ILogger<WebhookEndpoint> log)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private const int MaxBodyBytes = 1024 * 1024;

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!SecretMatches(request.Headers[SecretHeader].ToString()))
        {
            return Results.Unauthorized();
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(cancellationToken);
        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (update is null || update.Id <= 0)
        {
            return Results.BadRequest();
        }

        InboxEntry entry;
        try
        {
            entry = limiter.Admit(update, body);
            await inbox.StoreAsync([entry], cancellationToken);
        }
        catch (Exception error) when (error is NpgsqlException or TimeoutException)
        {
            log.LogWarning(error, "Could not store update {UpdateId}; Telegram will deliver it again", update.Id);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        metrics.UpdatesReceived.Inc();
        if (entry.Throttled)
        {
            metrics.UpdatesThrottled.Inc();
        }

        return Results.Ok();
    }

    private bool SecretMatches(string given) =>
        given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.Value.WebhookSecret));
}
