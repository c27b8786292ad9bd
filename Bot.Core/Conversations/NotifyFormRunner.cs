using Bot.Core.Chat;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Notifications;
using Bot.Core.Requests;
using Bot.Core.Routing;

namespace Bot.Core.Conversations;

/// <summary>Staff write a notification to a company's employees: its kind, its text, a file (required to be
/// opened, or optional), then whom it goes to — all the company's employees in the bot or one of them. It is sent
/// and its card shown at once. Every step re-checks that the staff member serves the company.</summary>
public sealed class NotifyFormRunner(
    IConversationStore store, INotifications notifications, NotificationSender sender, NotificationCards cards, ChatAccess access, IFileIntake intake, TimeProvider time)
{
    public const int MaxText = 3500;

    /// <summary>Names on the recipients' screen; beyond them only «all» remains.</summary>
    private const int MaxNamed = 20;

    public async Task<IReadOnlyList<Outgoing>> StartAsync(IncomingButton press, Caller caller, int companyId, CancellationToken cancellationToken)
    {
        var state = new NotifyFormState(await store.FirstRevisionAsync(caller.User.Id, press.ChatId, cancellationToken), companyId);
        await store.SaveAsync(caller.User.Id, press.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
        var texts = caller.Texts;
        var kinds = Enum.GetValues<NotificationKind>().Select(kind => (IReadOnlyList<Button>)[FlowButton.Of(texts.Notifications.KindName(kind), state.Revision, "kind", ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var html = texts.Notifications.ChooseKind(await sender.CompanyNameAsync(companyId, cancellationToken));
        return [new AnswerButton(press.CallbackId), new SendText(press.ChatId, html, Keyboard.Of([.. kinds, [Cancel(state, texts)]]))];
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(Incoming input, Caller caller, NotifyFormState state, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var allowed = await access.MayAnswerNowAsync(caller, state.CompanyId, cancellationToken);
        var (stop, press) = await FlowGate.EnterAsync(store, input, caller, state.Revision, allowed, cancellationToken);
        if (stop is not null)
        {
            return stop;
        }

        switch (state.Step, input)
        {
            case ("kind", IncomingButton) when press!.Action == "kind" && int.TryParse(press.Argument, out var kind) && Enum.IsDefined((NotificationKind)kind):
                return await MoveAsync(input, caller, state with { Kind = (NotificationKind)kind }, new Screen(Html.Escape(texts.Notifications.TextPrompt((NotificationKind)kind)), Keyboard.Of([Cancel(state, texts)])), cancellationToken);
            case ("text", IncomingText text) when !string.IsNullOrWhiteSpace(text.Text):
                if (text.Text.Length > MaxText)
                {
                    return [new SendText(input.ChatId, Html.Escape(texts.Notifications.TooLong(MaxText)), Keyboard.Of([Cancel(state, texts)]))];
                }

                var required = state.Kind == NotificationKind.File;
                List<Button> skip = required ? [] : [FlowButton.Of(texts.Notifications.NoFileButton, state.Revision, "nofile")];
                return await MoveAsync(input, caller, state with { Text = text.Text.Trim() }, new Screen(Html.Escape(texts.Notifications.FilePrompt(required)), Keyboard.Of(skip, [Cancel(state, texts)])), cancellationToken);
            case ("file", IncomingFile file):
                var (taken, problem) = await intake.CheckAndTakeAsync(file, state.CompanyId, texts.Form, cancellationToken);
                return taken is null
                    ? [new SendText(input.ChatId, Html.Escape(problem!), Keyboard.Of([Cancel(state, texts)]))]
                    : await RecipientsAsync(input, caller, state with { File = taken, FileAsked = true }, cancellationToken);
            case ("file", IncomingButton) when press!.Action == "nofile" && state.Kind != NotificationKind.File:
                return await RecipientsAsync(input, caller, state with { FileAsked = true }, cancellationToken);
            case ("recipients", IncomingButton) when press!.Action is "all" or "one":
                return await SendAsync(input, caller, state, press.Action == "all" ? null : press.Argument, cancellationToken);
            default:
                return input is IncomingButton ? FlowReplies.Stale(input, texts) : [new SendText(input.ChatId, Html.Escape(texts.Form.UseButtons), Keyboard.Of([Cancel(state, texts)]))];
        }
    }

    private async Task<IReadOnlyList<Outgoing>> RecipientsAsync(Incoming input, Caller caller, NotifyFormState state, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var audience = await notifications.AudienceAsync(state.CompanyId, cancellationToken);
        if (audience.Count == 0)
        {
            await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
            return FlowReplies.End(input, Html.Escape(texts.Notifications.NoAudience), null);
        }

        var named = audience.Take(MaxNamed).Select(member => (IReadOnlyList<Button>)[FlowButton.Of(ButtonText.Fit(texts.Notifications.OnlyButton(member.Name)), state.Revision, "one", member.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var keys = Keyboard.Of([[FlowButton.Of(texts.Notifications.AllButton(audience.Count), state.Revision, "all")], .. named, [Cancel(state, texts)]]);
        return await MoveAsync(input, caller, state, new Screen(Html.Escape(texts.Notifications.ChooseRecipients(audience.Count)), keys), cancellationToken);
    }

    /// <summary>To all, or to the one chosen — who must still be one of the company's employees in the bot.</summary>
    private async Task<IReadOnlyList<Outgoing>> SendAsync(Incoming input, Caller caller, NotifyFormState state, string? only, CancellationToken cancellationToken)
    {
        var audience = await notifications.AudienceAsync(state.CompanyId, cancellationToken);
        var recipients = only is null ? audience : audience.Where(member => member.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture) == only).ToList();
        if (recipients.Count == 0)
        {
            return FlowReplies.Stale(input, caller.Texts);
        }

        await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
        var draft = new NewNotification(state.CompanyId, state.Kind!.Value, state.Text!, state.File, new TaskActor(caller.User.Id, caller.User.FirstName), recipients);
        var (sent, messages) = await sender.SendAsync(draft, time.GetUtcNow(), cancellationToken);
        return [.. FlowReplies.Show(input, await cards.CardAsync(sent!, caller, cancellationToken)), .. messages];
    }

    private async Task<IReadOnlyList<Outgoing>> MoveAsync(Incoming input, Caller caller, NotifyFormState state, Screen screen, CancellationToken cancellationToken)
    {
        await store.SaveAsync(caller.User.Id, input.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
        return FlowReplies.Show(input, screen);
    }

    private static Button Cancel(NotifyFormState state, Texts texts) => FlowButton.Of(texts.Form.CancelButton, state.Revision, "cancel");
}
