using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Conversations;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Requests;

/// <summary>The staff side of tasks: «Мои задачи», a task's card edited in place, «Принять в работу»,
/// «Отклонить» and «Выполнено» (which ask for a note), checklist ticks and «Передать». Each press re-reads the
/// task and re-checks the presser's rights and the task's status; a change wins only through the conditional
/// UPDATE, and a loser is told where the task stands now.</summary>
public sealed class StaffTasks(ITaskQueries tasks, ITaskWork work, TaskAccess access, NoteFormRunner notes, IWorkCalendarSource calendars, TimeProvider time)
{
    public const int PageSize = 8;

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (!TaskButtons.TryParse(press.Data, out var kind, out var first, out var second))
        {
            return [new AnswerButton(press.CallbackId, texts.StaleButton)];
        }

        if (kind == 'l')
        {
            return await ListAsync(press, caller, first > int.MaxValue / PageSize ? 0 : (int)first, cancellationToken);
        }

        var task = await tasks.FindAsync(first, cancellationToken);
        if (task is null || !access.MayView(caller, task) || !Allowed(caller, task, kind))
        {
            return [new AnswerButton(press.CallbackId, texts.NotAllowed)];
        }

        var needed = kind switch
        {
            'a' or 'r' => RequestStatus.Review,
            'c' or 'k' => RequestStatus.Accepted,
            _ => task.Status,
        };
        if (task.Status != needed || (kind is 'p' or 'q' && task.Status is not (RequestStatus.Review or RequestStatus.Accepted)))
        {
            return [new AnswerButton(press.CallbackId, texts.Staff.Already(task.Status))];
        }

        return kind switch
        {
            'a' => await AcceptAsync(press, caller, task, cancellationToken),
            'r' => await notes.StartAsync(press, caller, task, NotePurpose.Reject, cancellationToken),
            'c' => await notes.StartAsync(press, caller, task, NotePurpose.Complete, cancellationToken),
            'k' => await TickAsync(press, caller, task, (int)Math.Min(second, int.MaxValue), cancellationToken),
            'p' => await ColleaguesAsync(press, caller, task, cancellationToken),
            'q' => await HandOverAsync(press, caller, task, second, cancellationToken),
            _ => await CardAsync(press, caller, task, cancellationToken),
        };
    }

    public async Task<IReadOnlyList<Outgoing>> ListAsync(IncomingButton press, Caller caller, int page, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (caller.Identity.Staff is not { } staff)
        {
            return [new AnswerButton(press.CallbackId, texts.NotAllowed)];
        }

        var calendar = await calendars.CurrentAsync(cancellationToken);
        var found = await work.PageForStaffAsync(staff.Id, DateOnly.FromDateTime(calendar.ToFirmTime(time.GetUtcNow()).DateTime), page * PageSize, PageSize, cancellationToken);
        if (found.Total == 0)
        {
            return FlowReplies.Show(press, new Screen(texts.Staff.NoTasks, MenuButtons.BackToMenu(texts)));
        }

        var pager = Pager.Row(page, PageSize, found.Total, texts.Tasks.PreviousPageButton, texts.Tasks.NextPageButton, (text, to) => TaskButtons.Of(text, 'l', to));

        var rows = found.Tasks.Select(task => (IReadOnlyList<Button>)[TaskButtons.Of(ButtonText.Fit(texts.Staff.ListButton(task)), 'o', task.Id)]);
        var html = texts.Staff.TaskList(found.Total, (page * PageSize) + 1, (page * PageSize) + found.Tasks.Count);
        return FlowReplies.Show(press, new Screen(html, Keyboard.Of([.. rows, pager, [MenuButtons.For(MenuAction.Home, texts)]])));
    }

    private bool Allowed(Caller caller, TaskDetails task, char kind) => kind switch
    {
        'a' or 'r' or 'c' or 'k' => access.MayWork(caller, task),
        'p' or 'q' => access.MayReassign(caller, task),
        _ => caller.Identity.Staff is not null || caller.Role == Role.Administrator,
    };

    private async Task<IReadOnlyList<Outgoing>> AcceptAsync(IncomingButton press, Caller caller, TaskDetails task, CancellationToken cancellationToken)
    {
        var won = await work.MoveAsync(task.Id, RequestStatus.Review, RequestStatus.Accepted, Actor(caller), null, [], time.GetUtcNow(), cancellationToken);
        var after = await tasks.FindAsync(task.Id, cancellationToken) ?? task;
        if (!won)
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.Staff.Already(after.Status))];
        }

        var replies = await CardAsync(press, caller, after, cancellationToken);
        return [.. replies, .. TaskNotices.ToClientSide(after, texts => texts.Staff.Accepted(after.Number, after.Assignee?.Name ?? caller.User.FirstName))];
    }

    private async Task<IReadOnlyList<Outgoing>> TickAsync(IncomingButton press, Caller caller, TaskDetails task, int line, CancellationToken cancellationToken) =>
        await work.ToggleTickAsync(task.Id, line, Actor(caller), time.GetUtcNow(), cancellationToken)
            ? await CardAsync(press, caller, await tasks.FindAsync(task.Id, cancellationToken) ?? task, cancellationToken)
            : [new AnswerButton(press.CallbackId, caller.Texts.StaleButton)];

    private async Task<IReadOnlyList<Outgoing>> ColleaguesAsync(IncomingButton press, Caller caller, TaskDetails task, CancellationToken cancellationToken)
    {
        var others = (await work.ColleaguesAsync(task.Id, cancellationToken)).Where(person => person.StaffId != task.Assignee?.StaffId).Take(20).ToList();
        if (others.Count == 0)
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.Staff.NoColleagues)];
        }

        var rows = others.Select(person => (IReadOnlyList<Button>)[TaskButtons.Of(person.Name, 'q', task.Id, person.StaffId)]);
        return FlowReplies.Show(press, new Screen(caller.Texts.Staff.ChooseColleague(task.Number), Keyboard.Of([.. rows, [TaskButtons.Of(caller.Texts.BackButton, 'o', task.Id)]])));
    }

    private async Task<IReadOnlyList<Outgoing>> HandOverAsync(IncomingButton press, Caller caller, TaskDetails task, long staffId, CancellationToken cancellationToken)
    {
        var to = (await work.ColleaguesAsync(task.Id, cancellationToken)).FirstOrDefault(person => person.StaffId == staffId);
        if (to is null || !await work.ReassignAsync(task.Id, task.Assignee?.StaffId, to, Actor(caller), time.GetUtcNow(), cancellationToken))
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.StaleButton)];
        }

        var after = await tasks.FindAsync(task.Id, cancellationToken) ?? task;
        var replies = new List<Outgoing>(await CardAsync(press, caller, after, cancellationToken));
        if (TaskNotices.ToAssignee(after, texts => texts.Staff.ReassignedToYou(after.Number, caller.User.FirstName) + "\n\n" + texts.Tasks.NewTaskCard(after)) is { } card)
        {
            replies.Add(card);
        }

        if (task.Assignee?.TelegramUserId is { } previous && previous != after.Assignee?.TelegramUserId)
        {
            replies.Add(new SendText(previous, Localization.Texts.For(task.Assignee.LanguageCode).Staff.ReassignedAway(task.Number, to.Name), null, task.Id));
        }

        return replies;
    }

    private async Task<IReadOnlyList<Outgoing>> CardAsync(IncomingButton press, Caller caller, TaskDetails task, CancellationToken cancellationToken)
    {
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var keyboard = StaffCard.Keys(task, caller.Texts, access.MayWork(caller, task), access.MayReassign(caller, task));
        return FlowReplies.Show(press, new Screen(caller.Texts.Staff.Card(task, calendar.ToFirmTime), keyboard));
    }

    private static TaskActor Actor(Caller caller) => new(caller.User.Id, caller.User.FirstName);
}
