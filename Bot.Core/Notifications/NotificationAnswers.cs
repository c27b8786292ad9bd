using Bot.Core.Calendar;
using Bot.Core.Chat;
using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Notifications;

/// <summary>Presses on notifications' buttons. A recipient — still an employee of the company — confirms reading,
/// opens the file (which confirms it for a «file» notification), approves, or declines with an optional comment;
/// approving and declining need the approval right stored for their membership today. Each answer is a
/// conditional change from «sent», so it counts once. The firm's side opens cards and lists and starts new ones.</summary>
public sealed class NotificationAnswers(
    INotifications notifications, NotificationCards cards, NotificationSender sender, NotifyFormRunner form, ChatAccess chat, IConversationStore store, IWorkCalendarSource calendars, TimeProvider time)
{
    private const long MaxPage = 100_000;

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        List<Outgoing> refused = [new AnswerButton(press.CallbackId, texts.NotAllowed)];
        if (!NotificationButtons.TryParse(press.Data, out var kind, out var numbers))
        {
            return [new AnswerButton(press.CallbackId, texts.StaleButton)];
        }

        if (kind is 'l' or 'n')
        {
            var companyId = (int)numbers[0];
            if (!(kind == 'l' ? chat.MayAnswer(caller, companyId) && numbers[1] <= MaxPage : await chat.MayAnswerNowAsync(caller, companyId, cancellationToken)))
            {
                return refused;
            }

            return kind == 'l'
                ? FlowReplies.Show(press, await cards.ListAsync(companyId, (int)numbers[1], caller, cancellationToken))
                : await form.StartAsync(press, caller, companyId, cancellationToken);
        }

        if (await notifications.FindAsync(numbers[0], cancellationToken) is not { } notification)
        {
            return refused;
        }

        if (kind == 'c')
        {
            return chat.MayAnswer(caller, notification.CompanyId) ? FlowReplies.Show(press, await cards.CardAsync(notification, caller, cancellationToken)) : refused;
        }

        var membership = caller.Identity.Memberships.FirstOrDefault(m => m.CompanyId == notification.CompanyId);
        var isRecipient = notification.Recipients.Any(r => r.UserId == caller.User.Id);
        var allowed = membership is not null && isRecipient && kind switch
        {
            'r' => notification.Kind == NotificationKind.Read,
            'o' => notification.File is not null,
            _ => notification.Kind == NotificationKind.Approval && membership.CanApprove,
        };
        if (!allowed)
        {
            return refused;
        }

        switch (kind)
        {
            case 'o':
                var opened = notification.Kind == NotificationKind.File && await notifications.AnswerAsync(notification.Id, caller.User.Id, RecipientState.Opened, null, time.GetUtcNow(), cancellationToken);
                List<Outgoing> replies = [new AnswerButton(press.CallbackId), new SendFile(press.ChatId, notification.File!)];
                if (opened)
                {
                    replies.Add(await AnsweredAsync(press.ChatId, press.MessageId, notification, caller, RecipientState.Opened, null, cancellationToken));
                }

                return replies;
            case 'd':
                var state = new DeclineState(await store.FirstRevisionAsync(caller.User.Id, press.ChatId, cancellationToken), notification.Id, press.MessageId);
                await store.SaveAsync(caller.User.Id, press.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
                var keys = Keyboard.Of([FlowButton.Of(texts.Notifications.NoCommentButton, state.Revision, "none")], [FlowButton.Of(texts.Form.CancelButton, state.Revision, "cancel")]);
                return [new AnswerButton(press.CallbackId), new SendText(press.ChatId, Html.Escape(texts.Notifications.DeclinePrompt), keys)];
            default:
                var to = kind == 'r' ? RecipientState.Read : RecipientState.Approved;
                return await AnswerAsync(press, press.MessageId, caller, notification, to, null, cancellationToken);
        }
    }

    /// <summary>The decline's comment (typed) or «Без комментария»; the right is checked again.</summary>
    public async Task<IReadOnlyList<Outgoing>> HandleDeclineAsync(Incoming input, Caller caller, DeclineState state, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var notification = await notifications.FindAsync(state.NotificationId, cancellationToken);
        var membership = notification is null ? null : caller.Identity.Memberships.FirstOrDefault(m => m.CompanyId == notification.CompanyId);
        if (notification is null || membership is not { CanApprove: true })
        {
            await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
            return FlowReplies.End(input, Html.Escape(texts.NotAllowed), null);
        }

        var press = input is IncomingButton button ? FlowButton.Parse(button.Data) : null;
        switch (input)
        {
            case IncomingButton when press is null || press.Revision != state.Revision:
                return FlowReplies.Stale(input, texts);
            case IncomingButton when press.Action == "cancel":
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                return FlowReplies.End(input, Html.Escape(texts.ActionCancelled), null);
            case IncomingButton:
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                return await AnswerAsync(input, state.MessageId, caller, notification, RecipientState.Declined, null, cancellationToken);
            case IncomingText text when !string.IsNullOrWhiteSpace(text.Text):
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                var comment = text.Text.Trim();
                return await AnswerAsync(input, state.MessageId, caller, notification, RecipientState.Declined, comment.Length <= 1000 ? comment : comment[..1000], cancellationToken);
            default:
                return [new SendText(input.ChatId, Html.Escape(texts.Notifications.DeclinePrompt))];
        }
    }

    private async Task<IReadOnlyList<Outgoing>> AnswerAsync(Incoming input, int messageId, Caller caller, Notification notification, RecipientState to, string? comment, CancellationToken cancellationToken)
    {
        if (!await notifications.AnswerAsync(notification.Id, caller.User.Id, to, comment, time.GetUtcNow(), cancellationToken))
        {
            return input is IncomingButton press
                ? [new AnswerButton(press.CallbackId, caller.Texts.Notifications.AlreadyAnswered)]
                : [new SendText(input.ChatId, Html.Escape(caller.Texts.Notifications.AlreadyAnswered))];
        }

        var replies = input is IncomingButton pressed && pressed.MessageId == messageId
            ? new List<Outgoing> { new AnswerButton(pressed.CallbackId) }
            : FlowReplies.End(input, caller.Texts.Notifications.StatusLine(to, (await calendars.CurrentAsync(cancellationToken)).ToFirmTime(time.GetUtcNow()), comment), null);
        replies.Add(await AnsweredAsync(input.ChatId, messageId, notification, caller, to, comment, cancellationToken));
        if (to is RecipientState.Approved or RecipientState.Declined && notification.CreatedBy != 0)
        {
            var name = notification.Recipients.First(r => r.UserId == caller.User.Id).Name;
            replies.Add(new SendText(notification.CreatedBy, Texts.For(null).Notifications.AnswerToSender(name, to, notification.Id, comment)));
        }

        return replies;
    }

    /// <summary>The notification's message updated with the answer, its buttons gone (but the file's).</summary>
    private async Task<Outgoing> AnsweredAsync(long chatId, int messageId, Notification notification, Caller caller, RecipientState state, string? comment, CancellationToken cancellationToken)
    {
        var texts = caller.Texts.Notifications;
        var companyName = await sender.CompanyNameAsync(notification.CompanyId, cancellationToken);
        var when = (await calendars.CurrentAsync(cancellationToken)).ToFirmTime(time.GetUtcNow());
        var html = texts.Message(notification, companyName, true) + "\n\n" + texts.StatusLine(state, when, comment);
        var keys = notification.File is { } file ? Keyboard.Of([NotificationButtons.Of(ButtonText.Fit(texts.OpenFileButton(file.Name)), 'o', notification.Id)]) : null;
        return new EditText(chatId, messageId, html, keys);
    }
}
