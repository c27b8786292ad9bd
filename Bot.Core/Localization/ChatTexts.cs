using System.Globalization;
using Bot.Core.Chat;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

/// <summary>The company chat's and the marks' words. HTML with everything inserted escaped.</summary>
public abstract class ChatTexts
{
    public abstract string WriteButton { get; }

    public abstract string HistoryButton { get; }

    public abstract string ChatsButton { get; }

    public abstract string AnswerButton { get; }

    public abstract string ShortHistoryButton { get; }

    public abstract string WriteToClientButton { get; }

    public abstract string MarkButton { get; }

    public abstract string SendButton { get; }

    public abstract string DontSendButton { get; }

    public abstract string MarkName(ChatMark mark);

    public abstract string WritePrompt(string companyName);

    public abstract string AskSend(string preview);

    public abstract string NotSent { get; }

    public abstract string Sent(string? fileName);

    /// <summary>Told to a client who writes out of working hours: when the firm is back.</summary>
    public abstract string OutOfHours(DateTimeOffset firmTimeBack);

    /// <summary>A client's message as the firm's staff receive it.</summary>
    public abstract string FromClient(string companyName, string authorName, string body, string? fileName);

    /// <summary>The firm's message as a client receives it.</summary>
    public abstract string FromFirm(string authorName, string body, string? fileName);

    public abstract string AnswerPrompt(string clientName, string companyName);

    public abstract string WriteToClientPrompt(string companyName);

    public abstract string Answered(string clientName);

    public abstract string WrittenToClient(string companyName, int recipients);

    public abstract string ChooseCompany { get; }

    public abstract string History(string companyName, int total, int first, int last);

    public abstract string EmptyHistory(string companyName);

    /// <summary>One entry as the history shows it, at the firm's local time; <paramref name="body"/> already cut to fit.</summary>
    public string Entry(ChatEntry entry, DateTimeOffset firmTime, string body)
    {
        var when = firmTime.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
        var head = entry.Kind switch
        {
            ChatEntryKind.Mark => $"{MarkName(entry.Mark!.Value)} · {Escape(entry.AuthorName)}",
            ChatEntryKind.Firm => $"{FirmLabel} · {Escape(entry.AuthorName)}",
            _ => Escape(entry.AuthorName),
        };
        var service = entry.Service is null ? "" : $"\n{Escape(entry.Service)} — {Price(entry.Price ?? 0)}";
        var text = body.Length == 0 ? "" : "\n" + Escape(body);
        return $"<b>{when} · {head}</b>{service}{text}{Attached(entry.File?.Name)}";
    }

    public abstract string FileButton(string fileName);

    public abstract string MarksTitle(string companyName);

    public abstract string MarkPrompt(ChatMark mark, string companyName);

    public abstract string ServiceFormat { get; }

    public abstract string MarkSaved(ChatMark mark);

    /// <summary>A paid service switched on or off, as the company's employees are told.</summary>
    public abstract string ServiceNotice(ChatMark mark, string service, decimal price, string companyName);

    public abstract string EmptyMessage { get; }

    protected abstract string FirmLabel { get; }

    protected abstract string Price(decimal price);

    protected static string Attached(string? fileName) => fileName is null ? "" : $"\n📎 {Escape(fileName)}";
}
