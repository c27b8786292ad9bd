namespace Bot.Host.Digests;

/// <summary>The <c>Digests</c> section: when the managers' digest goes out (a Quartz cron in the firm's time
/// zone; days off are skipped whatever it says).</summary>
public sealed class DigestOptions
{
    public const string Section = "Digests";

    public string Cron { get; set; } = "0 0 9 * * ?";
}
