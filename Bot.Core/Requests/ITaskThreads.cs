namespace Bot.Core.Requests;

/// <summary>Which task a message the bot sent belongs to, so that a Telegram reply to it comments on that task.</summary>
public interface ITaskThreads
{
    Task<long?> TaskOfMessageAsync(long chatId, int messageId, CancellationToken cancellationToken);
}
