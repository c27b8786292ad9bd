using Bot.Core.Messaging;
using Bot.Core.Requests;

namespace Bot.Core.Onboarding;

/// <summary>A department's staff to pick from, eight to a page with «‹» and «›»: the PM on a head's card, a service's responsible.</summary>
public static class StaffPages
{
    public const int PageSize = 8;

    /// <summary>The page's keyboard (<paramref name="page"/> clamped to the pages there are), its number from 1, and the number of pages.</summary>
    public static (Keyboard Keyboard, int Page, int Pages) Of(IReadOnlyList<StaffChoice> staff, int page, Func<StaffChoice, Button> pick, Func<string, int, Button> turn, Button back)
    {
        var pages = Math.Max(1, (staff.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 0, pages - 1);
        var rows = staff.Skip(page * PageSize).Take(PageSize).Select(s => (IReadOnlyList<Button>)[pick(s)]);
        List<Button> paging = [];
        if (page > 0)
        {
            paging.Add(turn("‹", page - 1));
        }

        if (page < pages - 1)
        {
            paging.Add(turn("›", page + 1));
        }

        return (Keyboard.Of([.. rows, paging, [back]]), page + 1, pages);
    }
}
