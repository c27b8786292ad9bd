namespace Bot.FakeTelegram.Http;

/// <summary>A refusal in Telegram's own words; becomes the <c>ok: false</c> envelope with the same HTTP status.</summary>
public sealed class BotApiException(int code, string description, int? retryAfter = null) : Exception(description)
{
    public int Code { get; } = code;

    public string Description { get; } = description;

    public int? RetryAfter { get; } = retryAfter;

    public static BotApiException BadRequest(string detail) => new(400, "Bad Request: " + detail);

    public static BotApiException Forbidden(string detail) => new(403, "Forbidden: " + detail);

    public static BotApiException Conflict(string detail) => new(409, "Conflict: " + detail);

    public static BotApiException TooManyRequests(int retryAfter) => new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);
}
