using Bot.Core.Access;
using Bot.Core.Drive;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Chat;

/// <summary>A Telegram reply to the bot's message carrying an entry of a company's conversation: from the firm's
/// side it answers the entry; from one of the company's employees it is their next message to the accountant.</summary>
public sealed class ChatReplies(ICompanyChat chat, ChatPosting posting, ChatAccess access)
{
    /// <summary>The replies, or null when the message is not a reply to a conversation's message.</summary>
    public async Task<IReadOnlyList<Outgoing>?> HandleAsync(Incoming input, Caller caller, CancellationToken cancellationToken)
    {
        if (input is not IncomingText { ReplyTo: { } replyTo } text
            || await chat.EntryOfMessageAsync(text.ChatId, replyTo, cancellationToken) is not { } entryId
            || await chat.FindAsync(entryId, cancellationToken) is not { } entry)
        {
            return null;
        }

        ChatPosted posted;
        if (DriveAccess.IsFirm(caller))
        {
            if (!await access.MayAnswerNowAsync(caller, entry.CompanyId, cancellationToken))
            {
                return [new SendText(text.ChatId, Html.Escape(caller.Texts.NotAllowed))];
            }

            posted = await posting.FromFirmAsync(text, caller, entry.CompanyId, entry, cancellationToken);
        }
        else
        {
            if (!access.MayWrite(caller, entry.CompanyId))
            {
                return [new SendText(text.ChatId, Html.Escape(caller.Texts.NotAllowed))];
            }

            posted = await posting.FromClientAsync(text, caller, entry.CompanyId, cancellationToken);
        }

        return [new SendText(text.ChatId, posted.SenderHtml), .. posted.Notices];
    }
}
