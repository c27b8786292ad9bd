using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Requests;

/// <summary>The buttons under a task for the firm's side, by status and by what the viewer may do: accept or
/// reject a task under review; tick the checklist and complete a task in work; comment; hand it over (PM and
/// department head); get its files.</summary>
public static class StaffCard
{
    private const int MaxChecklistButtons = 20;

    public static Keyboard Keys(TaskDetails task, Texts texts, bool mayWork, bool mayPass)
    {
        var staff = texts.Staff;
        var rows = new List<IReadOnlyList<Button>>();
        var open = task.Status is RequestStatus.Review or RequestStatus.Accepted;
        if (mayWork && task.Status == RequestStatus.Review)
        {
            rows.Add([TaskButtons.Of(staff.AcceptButton, 'a', task.Id), TaskButtons.Of(staff.RejectButton, 'r', task.Id)]);
        }

        if (mayWork && task.Status == RequestStatus.Accepted)
        {
            rows.AddRange(task.Checklist.Take(MaxChecklistButtons).Select((item, i) =>
                (IReadOnlyList<Button>)[TaskButtons.Of(ButtonText.Fit((item.Done ? "☑ " : "☐ ") + item.Text), 'k', task.Id, i)]));
            rows.Add([TaskButtons.Of(staff.CompleteButton, 'c', task.Id)]);
        }

        if (open)
        {
            rows.Add(mayPass
                ? [RequestButtons.Comment(texts.Tasks.CommentButton, task.Id), TaskButtons.Of(staff.PassButton, 'p', task.Id)]
                : [RequestButtons.Comment(texts.Tasks.CommentButton, task.Id)]);
        }

        rows.AddRange(RequestButtons.Files(task));
        return Keyboard.Of([.. rows]);
    }
}
