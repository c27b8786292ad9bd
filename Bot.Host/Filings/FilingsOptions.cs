namespace Bot.Host.Filings;

/// <summary>The filing system's HTTP access: <c>POST /api/filings</c> with <c>Authorization: Bearer</c> this key. Empty
/// (the default), the endpoint refuses every call.</summary>
public sealed class FilingsOptions
{
    public const string Section = "Filings";

    public string ApiKey { get; set; } = "";
}
