using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Requests;

/// <summary>A Telegram reply to one of the bot's messages about a task (a new task's card, a comment, a
/// status notice) is a comment on that task, from whichever side the replying person is on.</summary>
public sealed class TaskReplies(ITaskThreads threads, ITaskQueries tasks, NoteFormRunner notes)
{
    /// <summary>The comment's replies, or null when the message is not a reply to a task's message.</summary>
    public async Task<IReadOnlyList<Outgoing>?> HandleAsync(Incoming input, Caller caller, CancellationToken cancellationToken)
    {
        if (input is not IncomingText { ReplyTo: { } replyTo } text
            || await threads.TaskOfMessageAsync(text.ChatId, replyTo, cancellationToken) is not { } taskId
            || await tasks.FindAsync(taskId, cancellationToken) is not { } task)
        {
            return null;
        }

        return await notes.CommentByReplyAsync(text, caller, task, cancellationToken);
    }
}
