using Bot.Core.Notifications;

namespace Bot.Host.Notifications;

/// <summary>One row of a notifications workbook, checked: its id, company, kind, text and the file's full path if any.</summary>
internal sealed record ImportLine(int Row, string Id, string Inn, NotificationKind Kind, string Text, string? FilePath);
