using System.Globalization;
using Bot.Core.Messaging;

namespace Bot.Core.Requests;

/// <summary>The buttons of «Мои заявки» and of task cards: <c>rl:PAGE</c> a page of the list, <c>rc:TASK</c> a
/// card, <c>rd:TASK:FILE</c> a file of a task, <c>rk:TASK</c> a comment, <c>rf:TASK</c> follow or stop following. Only numbers travel; every one is
/// checked against what the pressing user may see.</summary>
public static class RequestButtons
{
    public static bool Handles(string data) => data.Length > 3 && data[0] == 'r' && data[2] == ':' && "lcdkf".Contains(data[1], StringComparison.Ordinal);

    public static Button List(string text, int page) => new(text, $"rl:{page}");

    public static Button Card(string text, long taskId) => new(text, $"rc:{taskId}");

    public static Button File(string text, long taskId, long fileId) => new(text, $"rd:{taskId}:{fileId}");

    public static Button Comment(string text, long taskId) => new(text, $"rk:{taskId}");

    public static Button Follow(string text, long taskId) => new(text, $"rf:{taskId}");

    /// <summary>The kind letter and its one or two numbers; false for anything malformed.</summary>
    public static bool TryParse(string data, out char kind, out long first, out long second)
    {
        kind = data.Length > 1 ? data[1] : ' ';
        first = second = 0;
        var parts = data.Split(':');
        var expected = kind == 'd' ? 3 : 2;
        return Handles(data) && parts.Length == expected
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out first)
            && (expected == 2 || long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out second));
    }

    /// <summary>A button per file of the task, as many as fit beside <paramref name="room"/> other buttons.</summary>
    public static IEnumerable<IReadOnlyList<Button>> Files(TaskDetails task, int room = 20) =>
        task.Files.Take(room).Select(file => (IReadOnlyList<Button>)[File("📎 " + ButtonText.Fit(file.Name, 40), task.Id, file.Id)]);
}
