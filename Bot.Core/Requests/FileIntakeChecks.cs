using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Requests;

/// <summary>Every flow that takes files checks them the same way: type and size first, then into the store.</summary>
public static class FileIntakeChecks
{
    /// <summary>The stored file, or why it was not taken (plain text).</summary>
    public static async Task<(DraftFile? File, string? Problem)> CheckAndTakeAsync(this IFileIntake intake, IncomingFile file, int companyId, RequestFormTexts texts, CancellationToken cancellationToken)
    {
        if (AttachmentRules.Problem(file.File, texts) is { } problem)
        {
            return (null, problem);
        }

        return await intake.TakeAsync(file, companyId, cancellationToken) is { } taken
            ? (taken, null)
            : (null, texts.FileTooLarge(AttachmentRules.NameOf(file.File, file.MessageId)));
    }
}
