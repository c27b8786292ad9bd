using Bot.Core.Messaging;
using Bot.Core.Notifications;
using Bot.Core.Routing;

namespace Bot.Core.Conversations;

/// <summary>Hands an update to the flow the user is in, if any: the stored flow and step decide, with a
/// plain switch. A flow button with no flow behind it (the form was sent or cancelled) is stale.</summary>
public sealed class ConversationRouter(IConversationStore store, RequestFormRunner requests, NoteFormRunner notes, DriveUploadRunner uploads, DownloadReportRunner reports, ChatComposeRunner chat, NotifyFormRunner notify, EventFormRunner events, NewClientFormRunner newClients, AppointFormRunner appointments, NotificationAnswers answers)
{
    /// <summary>The flow's replies, or null when the user is in no flow.</summary>
    public async Task<IReadOnlyList<Outgoing>?> HandleAsync(Incoming input, Caller caller, CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(input.From.Id, input.ChatId, cancellationToken);
        switch (stored?.Flow)
        {
            case RequestFormState.Flow:
                return await requests.HandleAsync(input, caller, RequestFormState.FromStored(stored), cancellationToken);
            case NoteFormState.Flow:
                return await notes.HandleAsync(input, caller, NoteFormState.FromStored(stored), cancellationToken);
            case DriveUploadState.Flow:
                return await uploads.HandleAsync(input, caller, DriveUploadState.FromStored(stored), cancellationToken);
            case ReportState.Flow:
                return await reports.HandleAsync(input, caller, ReportState.FromStored(stored), cancellationToken);
            case ChatComposeState.Flow:
                return await chat.HandleAsync(input, caller, ChatComposeState.FromStored(stored), cancellationToken);
            case NotifyFormState.Flow:
                return await notify.HandleAsync(input, caller, NotifyFormState.FromStored(stored), cancellationToken);
            case EventFormState.Flow:
                return await events.HandleAsync(input, caller, EventFormState.FromStored(stored), cancellationToken);
            case NewClientFormState.Flow:
                return await newClients.HandleAsync(input, caller, NewClientFormState.FromStored(stored), cancellationToken);
            case AppointFormState.Flow:
                return await appointments.HandleAsync(input, caller, AppointFormState.FromStored(stored), cancellationToken);
            case DeclineState.Flow:
                return await answers.HandleDeclineAsync(input, caller, DeclineState.FromStored(stored), cancellationToken);
            case null:
                return input is IncomingButton press && FlowButton.Handles(press.Data) ? FlowReplies.Stale(press, caller.Texts) : null;
            default:
                await store.ClearAsync(input.From.Id, input.ChatId, cancellationToken);
                return null;
        }
    }

    /// <summary>/cancel and /menu: leaves whatever flow the user is in; true when there was one.</summary>
    public Task<bool> LeaveAsync(Incoming input, CancellationToken cancellationToken) =>
        store.ClearAsync(input.From.Id, input.ChatId, cancellationToken);
}
