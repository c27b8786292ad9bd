using Bot.Core.Messaging;

namespace Bot.Core.Requests;

/// <summary>Takes a file a user sent into the firm's store and records it (uploader, company, name, type,
/// size) in the current transaction. Null when the messenger will not hand it over: over the 20 MB a bot
/// may download.</summary>
public interface IFileIntake
{
    Task<DraftFile?> TakeAsync(IncomingFile file, int companyId, CancellationToken cancellationToken);
}
