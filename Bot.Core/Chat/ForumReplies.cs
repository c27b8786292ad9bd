using Bot.Core.Access;
using Bot.Core.Messaging;
using Bot.Core.Routing;
using Microsoft.Extensions.Options;

namespace Bot.Core.Chat;

/// <summary>What staff write in a company's topic of the staff forum: an answer to the client message they replied
/// to, or else to the company's latest client message; a file goes the same way. The answer is confirmed in the topic
/// once it is stored. Anything else in a group — another group, no topic, a topic of no company — gets no reply.</summary>
public sealed class ForumReplies(ICompanyChat chat, ChatPosting posting, ChatAccess access, IOptions<ChatOptions> options)
{
    public async Task<IReadOnlyList<Outgoing>> HandleAsync(Incoming input, Caller caller, CancellationToken cancellationToken)
    {
        var (thread, replyTo) = input switch
        {
            IncomingText text => (text.ThreadId, text.ReplyTo),
            IncomingFile file => (file.ThreadId, null),
            _ => (null, null),
        };
        if (options.Value.StaffGroupId is not { } group || input.ChatId != group || thread is null
            || await chat.CompanyOfTopicAsync(group, thread.Value, cancellationToken) is not { } companyId)
        {
            return [];
        }

        if (!await access.MayAnswerNowAsync(caller, companyId, cancellationToken))
        {
            return [new SendText(group, Html.Escape(caller.Texts.NotAllowed), TopicCompanyId: companyId)];
        }

        var answered = replyTo is { } message && await chat.EntryOfMessageAsync(group, message, cancellationToken) is { } entryId
            ? await chat.FindAsync(entryId, cancellationToken)
            : null;
        answered ??= await chat.LatestFromClientAsync(companyId, cancellationToken);
        var posted = await posting.FromFirmAsync(input, caller, companyId, answered, cancellationToken);
        return [new SendText(group, posted.SenderHtml, TopicCompanyId: companyId), .. posted.Notices];
    }
}
