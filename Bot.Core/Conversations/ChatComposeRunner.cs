using Bot.Core.Access;
using Bot.Core.Chat;
using Bot.Core.Drive;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Conversations;

/// <summary>Writing into a company's conversation: the firm's answer to an entry, its message to the company's
/// employees, a mark's note — each the next message the staff member sends — and a client's first free text,
/// held until they say it goes to the accountant (the answer is kept: later texts go straight there). Every
/// input is authorised anew.</summary>
public sealed class ChatComposeRunner(IConversationStore store, ICompanyChat chat, ChatPosting posting, ChatAccess access, TimeProvider time)
{
    private const string Send = "send";

    /// <summary>Waits for the staff member's next message: an answer, a message to the company, or a mark's note.</summary>
    public async Task<IReadOnlyList<Outgoing>> StartAsync(IncomingButton press, Caller caller, ChatComposeState draft, string promptHtml, CancellationToken cancellationToken)
    {
        var state = draft with { Revision = await store.FirstRevisionAsync(caller.User.Id, press.ChatId, cancellationToken) };
        await store.SaveAsync(caller.User.Id, press.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
        return [new AnswerButton(press.CallbackId), new SendText(press.ChatId, promptHtml, Cancel(state, caller.Texts))];
    }

    /// <summary>A client's text outside any flow goes to the accountant: at once once they have agreed to that,
    /// otherwise after the question. Null when it is not for the chat (not a client, or no company chosen).</summary>
    public async Task<IReadOnlyList<Outgoing>?> OutsideFlowAsync(Incoming input, Caller caller, CancellationToken cancellationToken)
    {
        if (input is not IncomingText text || string.IsNullOrWhiteSpace(text.Text) || DriveAccess.IsFirm(caller)
            || caller.Identity.ActingFor is not { } company || !access.MayWrite(caller, company.CompanyId))
        {
            return null;
        }

        if (await chat.HasConsentAsync(caller.User.Id, cancellationToken))
        {
            var posted = await posting.FromClientAsync(text, caller, company.CompanyId, cancellationToken);
            return [new SendText(text.ChatId, posted.SenderHtml), .. posted.Notices];
        }

        var state = new ChatComposeState(await store.FirstRevisionAsync(caller.User.Id, text.ChatId, cancellationToken), company.CompanyId, ChatComposeMode.Ask, PendingText: text.Text);
        return await AskAsync(text, caller, state, cancellationToken);
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(Incoming input, Caller caller, ChatComposeState state, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (!await MayGoOnAsync(caller, state, cancellationToken))
        {
            await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
            return FlowReplies.End(input, Html.Escape(texts.NotAllowed), null);
        }

        switch (input)
        {
            case IncomingButton press when FlowButton.Parse(press.Data) is not { } flow || flow.Revision != state.Revision:
                return FlowReplies.Stale(press, texts);
            case IncomingButton press when state.Mode == ChatComposeMode.Ask && FlowButton.Parse(press.Data)!.Action == Send:
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                await chat.GiveConsentAsync(caller.User.Id, time.GetUtcNow(), cancellationToken);
                var pending = new IncomingText(press.ChatId, press.From, press.MessageId, state.PendingText ?? "");
                var sent = await posting.FromClientAsync(pending, caller, state.CompanyId, cancellationToken);
                return [.. FlowReplies.End(press, sent.SenderHtml, null), .. sent.Notices];
            case IncomingButton:
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                return FlowReplies.End(input, Html.Escape(state.Mode == ChatComposeMode.Ask ? texts.Chat.NotSent : texts.ActionCancelled), null);
            case IncomingText more when state.Mode == ChatComposeMode.Ask:
                return await AskAsync(more, caller, state with { PendingText = state.PendingText + "\n" + more.Text }, cancellationToken);
            case IncomingText note when state.Mode == ChatComposeMode.Mark:
                return await MarkAsync(note, caller, state, cancellationToken);
            case IncomingText or IncomingFile when state.Mode is ChatComposeMode.Answer or ChatComposeMode.Write:
                var answered = state.Mode == ChatComposeMode.Answer ? await chat.FindAsync(state.AnswerTo, cancellationToken) : null;
                var posted = await posting.FromFirmAsync(input, caller, state.CompanyId, answered, cancellationToken);
                if (!posted.Stored)
                {
                    return [new SendText(input.ChatId, posted.SenderHtml, Cancel(state, texts))];
                }

                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                return [new SendText(input.ChatId, posted.SenderHtml, History(state.CompanyId, texts)), .. posted.Notices];
            default:
                return [new SendText(input.ChatId, Html.Escape(texts.Form.UseButtons), Cancel(state, texts))];
        }
    }

    private async Task<IReadOnlyList<Outgoing>> MarkAsync(IncomingText note, Caller caller, ChatComposeState state, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var mark = state.Mark!.Value;
        var service = mark is ChatMark.ServiceOn or ChatMark.ServiceOff;
        string? name = null;
        decimal? price = null;
        if (service && ServiceLine.TryParse(note.Text, out var parsedName, out var parsedPrice))
        {
            (name, price) = (parsedName, parsedPrice);
        }
        else if (service || string.IsNullOrWhiteSpace(note.Text))
        {
            return [new SendText(note.ChatId, Html.Escape(service ? texts.Chat.ServiceFormat : texts.Chat.EmptyMessage), Cancel(state, texts))];
        }

        var posted = await posting.MarkAsync(caller, state.CompanyId, mark, service ? "" : note.Text.Trim(), name, price, cancellationToken);
        await store.ClearAsync(caller.User.Id, note.ChatId, cancellationToken);
        return [new SendText(note.ChatId, posted.SenderHtml, History(state.CompanyId, texts)), .. posted.Notices];
    }

    private async Task<IReadOnlyList<Outgoing>> AskAsync(IncomingText text, Caller caller, ChatComposeState state, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var asked = state with { PendingText = state.PendingText!.Length > ChatPosting.MaxBodyLength ? state.PendingText[..ChatPosting.MaxBodyLength] : state.PendingText };
        await store.SaveAsync(caller.User.Id, text.ChatId, asked.ToStored(), time.GetUtcNow(), cancellationToken);
        var preview = asked.PendingText!.Length <= 500 ? asked.PendingText : asked.PendingText[..499] + "…";
        var keys = Keyboard.Of([FlowButton.Of(texts.Chat.SendButton, asked.Revision, Send)], [FlowButton.Of(texts.Chat.DontSendButton, asked.Revision, "cancel")]);
        return [new SendText(text.ChatId, texts.Chat.AskSend(preview), keys)];
    }

    /// <summary>A client still belongs to the company; a staff member still serves it and it is still a client of the firm.</summary>
    private async Task<bool> MayGoOnAsync(Caller caller, ChatComposeState state, CancellationToken cancellationToken) => state.Mode == ChatComposeMode.Ask
        ? access.MayWrite(caller, state.CompanyId)
        : await access.MayAnswerNowAsync(caller, state.CompanyId, cancellationToken);

    private static Keyboard Cancel(ChatComposeState state, Texts texts) => Keyboard.Of([FlowButton.Of(texts.Form.CancelButton, state.Revision, "cancel")]);

    private static Keyboard History(int companyId, Texts texts) => Keyboard.Of([ChatButtons.Of(texts.Chat.ShortHistoryButton, 'h', companyId, 0)]);
}
