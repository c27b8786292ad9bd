namespace Bot.Core.Filings;

/// <summary>How statuses and document kinds are written in manifests and in the database.</summary>
public static class FilingCodes
{
    private static readonly Dictionary<string, FilingStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sent"] = FilingStatus.Sent, ["Отправлен"] = FilingStatus.Sent,
        ["delivered"] = FilingStatus.Delivered, ["Доставлен"] = FilingStatus.Delivered,
        ["accepted"] = FilingStatus.Accepted, ["Принят"] = FilingStatus.Accepted,
        ["rejected"] = FilingStatus.Rejected, ["Отклонён"] = FilingStatus.Rejected, ["Отклонен"] = FilingStatus.Rejected,
        ["clarification"] = FilingStatus.Clarification, ["Требует уточнения"] = FilingStatus.Clarification,
    };

    private static readonly Dictionary<string, FilingDocumentKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["report"] = FilingDocumentKind.Report, ["receipt"] = FilingDocumentKind.Receipt, ["input_notice"] = FilingDocumentKind.InputNotice,
        ["refusal"] = FilingDocumentKind.Refusal, ["protocol"] = FilingDocumentKind.Protocol,
    };

    public static readonly IReadOnlySet<string> Authorities = new HashSet<string>(StringComparer.Ordinal) { "ФНС", "СФР", "Росстат" };

    public static bool TryStatus(string text, out FilingStatus status) => Statuses.TryGetValue(text.Trim(), out status);

    public static bool TryKind(string text, out FilingDocumentKind kind) => Kinds.TryGetValue(text.Trim(), out kind);

    public static string Of(FilingStatus status) => status.ToString().ToLowerInvariant();

    public static FilingStatus Status(string code) => Enum.Parse<FilingStatus>(code, ignoreCase: true);

    public static string Of(FilingDocumentKind kind) => kind == FilingDocumentKind.InputNotice ? "input_notice" : kind.ToString().ToLowerInvariant();

    public static FilingDocumentKind Kind(string code) => Kinds[code];

    /// <summary>What the company's employees are told of at once: the outcomes they wait for.</summary>
    public static bool IsOutcome(FilingStatus status) => status is FilingStatus.Accepted or FilingStatus.Rejected or FilingStatus.Clarification;
}
