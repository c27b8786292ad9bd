using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Conversations;

/// <summary>What a staff form does before its step: it ends the flow («Это действие вам недоступно.») when the caller may
/// no longer act, ignores a button of an older step and ends the flow on «Отмена».</summary>
internal static class FlowGate
{
    /// <summary>The replies that end the update here (<c>Stop</c>), or null to go on with the step and its parsed press, if any.</summary>
    public static async Task<(IReadOnlyList<Outgoing>? Stop, FlowInput.Press? Press)> EnterAsync(
        IConversationStore store, Incoming input, Caller caller, int revision, bool allowed, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (!allowed)
        {
            await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
            return (FlowReplies.End(input, Html.Escape(texts.NotAllowed), null), null);
        }

        var press = input is IncomingButton button ? FlowButton.Parse(button.Data) : null;
        if (input is IncomingButton && (press is null || press.Revision != revision))
        {
            return (FlowReplies.Stale(input, texts), null);
        }

        if (press?.Action == "cancel")
        {
            await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
            return (FlowReplies.End(input, Html.Escape(texts.ActionCancelled), null), null);
        }

        return (null, press);
    }
}
