using System.Globalization;
using Bot.Core.Chat;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishChatTexts : ChatTexts
{
    public static readonly EnglishChatTexts Instance = new();

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private EnglishChatTexts()
    {
    }

    public override string WriteButton => "Message your accountant";

    public override string HistoryButton => "Conversation history";

    public override string ChatsButton => "Client chats";

    public override string AnswerButton => "Reply";

    public override string ShortHistoryButton => "History";

    public override string WriteToClientButton => "Write to the client";

    public override string MarkButton => "Add a mark";

    public override string SendButton => "Send to the accountant";

    public override string DontSendButton => "Don't send";

    public override string MarkName(ChatMark mark) => mark switch
    {
        ChatMark.Call => "📞 Incoming call",
        ChatMark.Letter => "✉️ Letter",
        ChatMark.Visit => "🤝 Visit",
        ChatMark.ServiceOn => "💼 Paid service connected",
        _ => "💼 Paid service disconnected",
    };

    public override string WritePrompt(string companyName) =>
        $"Write a message or send a file: the accountant of {Escape(companyName)} receives it and answers here.\n" +
        "Anything you write to the bot outside a request goes to the accountant too.";

    public override string AskSend(string preview) => $"Send this to your accountant?\n\n<i>{Escape(preview)}</i>";

    public override string NotSent => "All right, the message was not sent.";

    public override string Sent(string? fileName) => fileName is null
        ? "✓ Your message has been passed to the accountant."
        : $"✓ The file “{Escape(fileName)}” has been passed to the accountant.";

    public override string OutOfHours(DateTimeOffset firmTimeBack) =>
        $"The office is closed now: the accountant will answer after {firmTimeBack.ToString("HH:mm, dddd d MMMM", English)}.";

    public override string FromClient(string companyName, string authorName, string body, string? fileName) =>
        $"💬 <b>{Escape(companyName)}, {Escape(authorName)}:</b> {Escape(body)}{Attached(fileName)}";

    public override string FromFirm(string authorName, string body, string? fileName) =>
        $"💬 <b>Accountant {Escape(authorName)}:</b> {Escape(body)}{Attached(fileName)}";

    public override string AnswerPrompt(string clientName, string companyName) =>
        $"Reply to {Escape(clientName)} ({Escape(companyName)}): write the text or send a file.";

    public override string WriteToClientPrompt(string companyName) =>
        $"A message to the employees of {Escape(companyName)}: write the text or send a file.";

    public override string Answered(string clientName) => $"✓ Reply sent to {Escape(clientName)}.";

    public override string WrittenToClient(string companyName, int recipients) =>
        $"✓ Saved in the conversation with {Escape(companyName)}; recipients in Telegram: {recipients}.";

    public override string ChooseCompany => "Client chats: choose a company.";

    public override string History(string companyName, int total, int first, int last) =>
        $"<b>Conversation history — {Escape(companyName)}</b>\nEntries {first}–{last} of {total}, newest first.";

    public override string EmptyHistory(string companyName) => $"<b>Conversation history — {Escape(companyName)}</b>\nNothing yet.";

    public override string FileButton(string fileName) => "📎 " + fileName;

    public override string MarksTitle(string companyName) => $"A mark in the conversation with {Escape(companyName)}: what happened?";

    public override string MarkPrompt(ChatMark mark, string companyName) => mark is ChatMark.ServiceOn or ChatMark.ServiceOff
        ? $"{MarkName(mark)} ({Escape(companyName)}). {ServiceFormat}"
        : $"{MarkName(mark)} ({Escape(companyName)}). Write a note: who, what was agreed.";

    public override string ServiceFormat => "Write the service and its price in roubles with a dash, e.g. “Payroll — 5000”.";

    public override string MarkSaved(ChatMark mark) => $"✓ Mark saved: {MarkName(mark)}.";

    public override string ServiceNotice(ChatMark mark, string service, decimal price, string companyName) => mark == ChatMark.ServiceOn
        ? $"💼 Paid service connected: {Escape(service)} — {Price(price)} ({Escape(companyName)})."
        : $"💼 Paid service disconnected: {Escape(service)} — {Price(price)} ({Escape(companyName)}).";

    public override string EmptyMessage => "An empty message was not sent: write a text or send a file.";

    protected override string FirmLabel => "Firm";

    protected override string Price(decimal price) => price.ToString("#,0.##", English) + " ₽";
}
