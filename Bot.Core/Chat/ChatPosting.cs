using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Deadlines;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Core.Routing;
using Microsoft.Extensions.Options;

namespace Bot.Core.Chat;

/// <summary>Puts a message into a company's conversation and carries it to the other side, in the update's
/// transaction: the sender's confirmation is written only with the stored entry. A client's message goes to
/// the company's topic in the staff forum when one is configured, otherwise to the company's PMs (the main one
/// first) with «Ответить» and «История»; the firm's answer goes to the client who wrote, and a message the firm
/// starts goes to all the company's employees in the bot.</summary>
public sealed class ChatPosting(ICompanyChat chat, IFileIntake intake, IClientCompanies companies, IWorkCalendarSource calendars, IOptions<ChatOptions> options, TimeProvider time)
{
    /// <summary>How long a text may be to be stored: more than a Telegram message can hold, so nothing typed is cut.</summary>
    public const int MaxBodyLength = 8000;

    public async Task<ChatPosted> FromClientAsync(Incoming input, Caller caller, int companyId, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var (body, file, problem) = await ContentAsync(input, companyId, texts, cancellationToken);
        if (problem is not null)
        {
            return new ChatPosted(Html.Escape(problem), [], false);
        }

        var now = time.GetUtcNow();
        var entry = await chat.AddAsync(new NewChatEntry(companyId, ChatEntryKind.Client, Actor(caller), body, file), now, cancellationToken);
        var companyName = await companies.NameOfAsync(companyId, cancellationToken);
        var notices = new List<Outgoing>();
        if (options.Value.StaffGroupId is { } group)
        {
            // The firm's own group speaks the firm's language.
            var inTopic = RussianTexts.Instance.Chat.FromClient(companyName, PersonName.Brief(entry.AuthorName), Shown(body), entry.File?.Name);
            notices.AddRange(Carry(group, inTopic, null, entry, companyId));
        }

        foreach (var pm in options.Value.StaffGroupId is null ? await chat.PmsAsync(companyId, cancellationToken) : [])
        {
            var their = Texts.For(pm.LanguageCode);
            var keys = Keyboard.Of([ChatButtons.Of(their.Chat.AnswerButton, 'a', entry.Id), ChatButtons.Of(their.Chat.ShortHistoryButton, 'o', companyId)]);
            notices.AddRange(Carry(pm.UserId, their.Chat.FromClient(companyName, PersonName.Brief(entry.AuthorName), Shown(body), entry.File?.Name), keys, entry));
        }

        var calendar = await calendars.CurrentAsync(cancellationToken);
        var back = calendar.NextWorkingMoment(now);
        var html = texts.Chat.Sent(entry.File?.Name) + (back > now ? "\n" + texts.Chat.OutOfHours(calendar.ToFirmTime(back)) : "");
        return new ChatPosted(html, notices, true);
    }

    /// <summary>The firm's message: an answer to <paramref name="answered"/>'s author, or to all the company's employees when null.</summary>
    public async Task<ChatPosted> FromFirmAsync(Incoming input, Caller caller, int companyId, ChatEntry? answered, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var (body, file, problem) = await ContentAsync(input, companyId, texts, cancellationToken);
        if (problem is not null)
        {
            return new ChatPosted(Html.Escape(problem), [], false);
        }

        var addressee = answered is null ? null : Addressee(answered);
        var entry = await chat.AddAsync(new NewChatEntry(companyId, ChatEntryKind.Firm, Actor(caller), body, file, addressee), time.GetUtcNow(), cancellationToken);
        var employees = await chat.EmployeesAsync(companyId, cancellationToken);
        var recipients = addressee is null ? employees : employees.Where(e => e.UserId == addressee).ToList();
        var notices = recipients.SelectMany(person =>
            Carry(person.UserId, Texts.For(person.LanguageCode).Chat.FromFirm(PersonName.Brief(entry.AuthorName), Shown(body), entry.File?.Name), null, entry)).ToList();
        var companyName = await companies.NameOfAsync(companyId, cancellationToken);
        var html = answered is null
            ? texts.Chat.WrittenToClient(companyName, recipients.Count)
            : texts.Chat.Answered(PersonName.Brief(answered.Kind == ChatEntryKind.Client ? answered.AuthorName : companyName));
        return new ChatPosted(html, notices, true);
    }

    /// <summary>A staff member's mark; a paid service switched on or off is told to the company's employees.</summary>
    public async Task<ChatPosted> MarkAsync(Caller caller, int companyId, ChatMark mark, string note, string? service, decimal? price, CancellationToken cancellationToken)
    {
        await chat.AddAsync(new NewChatEntry(companyId, ChatEntryKind.Mark, Actor(caller), note, Mark: mark, Service: service, Price: price), time.GetUtcNow(), cancellationToken);
        var notices = new List<Outgoing>();
        if (service is not null && price is { } amount)
        {
            var companyName = await companies.NameOfAsync(companyId, cancellationToken);
            notices.AddRange((await chat.EmployeesAsync(companyId, cancellationToken)).Select(person =>
                (Outgoing)new SendText(person.UserId, Texts.For(person.LanguageCode).Chat.ServiceNotice(mark, service, amount, companyName))));
        }

        return new ChatPosted(caller.Texts.Chat.MarkSaved(mark), notices, true);
    }


    /// <summary>Whom an answer to the entry goes to: a client's author, or the client a firm's answer was for.</summary>
    private static long? Addressee(ChatEntry answered) => answered.Kind == ChatEntryKind.Client ? answered.AuthorUserId : answered.AddresseeUserId;

    private async Task<(string Body, DraftFile? File, string? Problem)> ContentAsync(Incoming input, int companyId, Texts texts, CancellationToken cancellationToken)
    {
        switch (input)
        {
            case IncomingText text when string.IsNullOrWhiteSpace(text.Text):
                return ("", null, texts.Chat.EmptyMessage);
            case IncomingText text:
                return (Cut(text.Text), null, null);
            case IncomingFile file:
                var (taken, problem) = await intake.CheckAndTakeAsync(file, companyId, texts.Form, cancellationToken);
                return (Cut(file.Caption ?? ""), taken, problem);
            default:
                return ("", null, texts.Chat.EmptyMessage);
        }
    }

    /// <summary>The entry's message (tied to it, so that a reply answers it) and its file after it.</summary>
    private static IEnumerable<Outgoing> Carry(long chatId, string html, Keyboard? keys, ChatEntry entry, int? topicOf = null)
    {
        yield return new SendText(chatId, html, keys, ChatEntryId: entry.Id, TopicCompanyId: topicOf);
        if (entry.File is { } file)
        {
            yield return new SendFile(chatId, file, TopicCompanyId: topicOf);
        }
    }

    private static TaskActor Actor(Caller caller) => new(caller.User.Id, caller.User.FirstName);

    private static string Cut(string text) => text.Length <= MaxBodyLength ? text : text[..MaxBodyLength];

    /// <summary>What of the body a notice shows, so that the notice stays one Telegram message; the history keeps it whole.</summary>
    private static string Shown(string body) => body.Length <= 3000 ? body : body[..2999] + "…";
}
