using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Conversations;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Requests;

/// <summary>«Мои заявки»: the requests of the company the user acts for, newest first and paged; a request's
/// card with its history and files (a tap sends the file back) and «Комментарий». Clients can only look
/// and comment: nothing here edits or deletes a request. Every press is checked against the task's company.</summary>
public sealed class MyRequests(ITaskQueries tasks, ITaskFollowers followers, TaskAccess taskAccess, AccessPolicy access, NoteFormRunner notes, IWorkCalendarSource calendars, TimeProvider time)
{
    public const int PageSize = 8;

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (!RequestButtons.TryParse(press.Data, out var kind, out var first, out var second))
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.StaleButton)];
        }

        if (kind == 'l')
        {
            return await ListAsync(press, caller, first > int.MaxValue / PageSize ? 0 : (int)first, cancellationToken);
        }

        var task = await tasks.FindAsync(first, cancellationToken);
        if (task is null || !taskAccess.MayView(caller, task) || (kind == 'k' && !taskAccess.MayComment(caller, task)))
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
        }

        return kind switch
        {
            'c' => await CardAsync(press, caller, task, cancellationToken),
            'k' => await notes.StartAsync(press, caller, task, NotePurpose.Comment, cancellationToken),
            'f' => await FollowAsync(press, caller, task, cancellationToken),
            _ => task.Files.FirstOrDefault(file => file.Id == second) is { } file
                ? [new AnswerButton(press.CallbackId), new SendFile(press.ChatId, file, $"№{task.Number}")]
                : [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)],
        };
    }

    public async Task<IReadOnlyList<Outgoing>> ListAsync(IncomingButton press, Caller caller, int page, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (caller.Identity.ActingFor is not { } company
            || !access.Allows(caller.User.Id, caller.Identity, AccessAction.ViewRequests, new AccessTarget.Company(company.CompanyId)))
        {
            return [new AnswerButton(press.CallbackId, texts.NotAllowed)];
        }

        var found = await tasks.PageForCompanyAsync(company.CompanyId, page * PageSize, PageSize, cancellationToken);
        if (found.Total == 0)
        {
            return FlowReplies.Show(press, new Screen(texts.Tasks.NoRequests(company.CompanyName), MenuButtons.BackToMenu(texts)));
        }

        var pager = Pager.Row(page, PageSize, found.Total, texts.Tasks.PreviousPageButton, texts.Tasks.NextPageButton, RequestButtons.List);

        var rows = found.Tasks.Select(task => (IReadOnlyList<Button>)[RequestButtons.Card(ButtonText.Fit(texts.Tasks.ListButton(task)), task.Id)]);
        var html = texts.Tasks.RequestList(company.CompanyName, found.Total, (page * PageSize) + 1, (page * PageSize) + found.Tasks.Count);
        return FlowReplies.Show(press, new Screen(html, Keyboard.Of([.. rows, pager, [MenuButtons.For(MenuAction.Home, texts)]])));
    }

    private async Task<IReadOnlyList<Outgoing>> CardAsync(IncomingButton press, Caller caller, TaskDetails task, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var calendar = await calendars.CurrentAsync(cancellationToken);
        List<Button> actions = taskAccess.MayComment(caller, task) ? [RequestButtons.Comment(texts.Tasks.CommentButton, task.Id)] : [];
        if (MayFollow(caller, task))
        {
            actions.Add(RequestButtons.Follow(Follows(caller, task) ? texts.Tasks.UnfollowButton : texts.Tasks.FollowButton, task.Id));
        }

        var keyboard = Keyboard.Of([.. RequestButtons.Files(task), [.. actions], [RequestButtons.List(texts.Tasks.BackToListButton, 0)], [MenuButtons.For(MenuAction.Home, texts)]]);
        var today = DateOnly.FromDateTime(calendar.ToFirmTime(time.GetUtcNow()).DateTime);
        var overdue = task.Status is RequestStatus.Review or RequestStatus.Accepted && task.RequestedDeadline < today;
        return FlowReplies.Show(press, new Screen(texts.Tasks.ClientCard(task, calendar.ToFirmTime, overdue), keyboard));
    }

    /// <summary>«Следить» / «Не следить»: the card again with the other button, and a line saying which.</summary>
    private async Task<IReadOnlyList<Outgoing>> FollowAsync(IncomingButton press, Caller caller, TaskDetails task, CancellationToken cancellationToken)
    {
        if (!MayFollow(caller, task))
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
        }

        var follow = !Follows(caller, task);
        await followers.SetAsync(task.Id, caller.User.Id, follow, time.GetUtcNow(), cancellationToken);
        var card = await CardAsync(press, caller, await tasks.FindAsync(task.Id, cancellationToken) ?? task, cancellationToken);
        return [new AnswerButton(press.CallbackId, caller.Texts.Tasks.Followed(follow)), .. card.Skip(1)];
    }

    /// <summary>A client employee acting for the request's company, other than its requester, who does not already follow every request of it.</summary>
    private static bool MayFollow(Caller caller, TaskDetails task) =>
        caller.Identity.ActingFor?.CompanyId == task.CompanyId && caller.User.Id != task.RequesterUserId && !task.CompanyArchived
        && !task.Following.Any(follower => follower.UserId == caller.User.Id && follower.AllOfCompany);

    private static bool Follows(Caller caller, TaskDetails task) => task.Following.Any(follower => follower.UserId == caller.User.Id);
}
