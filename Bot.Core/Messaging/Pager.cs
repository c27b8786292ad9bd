namespace Bot.Core.Messaging;

/// <summary>The «‹ Новее» / «Старее ›» row of a paged list: only the buttons that lead somewhere.</summary>
public static class Pager
{
    public static List<Button> Row(int page, int pageSize, int total, string previous, string next, Func<string, int, Button> button)
    {
        var row = new List<Button>();
        if (page > 0)
        {
            row.Add(button(previous, page - 1));
        }

        if ((page + 1) * pageSize < total)
        {
            row.Add(button(next, page + 1));
        }

        return row;
    }
}
