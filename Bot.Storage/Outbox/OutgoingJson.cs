using System.Text.Json;
using Bot.Core.Messaging;
using Bot.Core.Requests;

namespace Bot.Storage.Outbox;

/// <summary>Core's replies as outbox rows (kind, chat, priority, JSON payload) and back.</summary>
internal static class OutgoingJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static (string Kind, long? ChatId, short Priority, string Payload) ToRow(Outgoing reply) => reply switch
    {
        SendText send => (OutboxKind.SendText, send.ChatId, 1, Serialize(new Payload { Html = send.Html, Keyboard = Rows(send.Keyboard), TaskId = send.TaskId, ChatEntryId = send.ChatEntryId, TopicCompanyId = send.TopicCompanyId })),
        EditText edit => (OutboxKind.EditText, edit.ChatId, 1, Serialize(new Payload { Html = edit.Html, MessageId = edit.MessageId, Keyboard = Rows(edit.Keyboard) })),
        AnswerButton answer => (OutboxKind.AnswerButton, null, 0, Serialize(new Payload { CallbackId = answer.CallbackId, Notice = answer.Notice })),
        SendFile send => (OutboxKind.SendFile, send.ChatId, 1, Serialize(new Payload { Html = send.CaptionHtml, File = send.File, TopicCompanyId = send.TopicCompanyId })),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "Unknown reply kind"),
    };

    public static Outgoing FromRow(string kind, long? chatId, string payload)
    {
        var body = JsonSerializer.Deserialize<Payload>(payload, Json) ?? throw new InvalidOperationException("Empty outbox payload.");
        return kind switch
        {
            OutboxKind.SendText => new SendText(chatId!.Value, body.Html!, Keyboard(body.Keyboard), body.TaskId, body.ChatEntryId, body.TopicCompanyId),
            OutboxKind.EditText => new EditText(chatId!.Value, body.MessageId!.Value, body.Html!, Keyboard(body.Keyboard)),
            OutboxKind.AnswerButton => new AnswerButton(body.CallbackId!, body.Notice),
            OutboxKind.SendFile => new SendFile(chatId!.Value, body.File!, body.Html, body.TopicCompanyId),
            _ => throw new InvalidOperationException($"Unknown outbox kind {kind}."),
        };
    }

    private static string Serialize(Payload payload) => JsonSerializer.Serialize(payload, Json);

    private static string[][][]? Rows(Keyboard? keyboard) =>
        keyboard?.Rows.Select(row => row.Select(button => button.Url is { } url ? new[] { button.Text, "", url } : new[] { button.Text, button.Data }).ToArray()).ToArray();

    private static Keyboard? Keyboard(string[][][]? rows) =>
        rows is null ? null : Core.Messaging.Keyboard.Of([.. rows.Select(row => (IReadOnlyList<Button>)row.Select(b => b.Length == 3 ? Button.Link(b[0], new Uri(b[2])) : new Button(b[0], b[1])).ToList())]);

    private sealed class Payload
    {
        public string? Html { get; init; }

        public int? MessageId { get; init; }

        public string? CallbackId { get; init; }

        public string? Notice { get; init; }

        public string[][][]? Keyboard { get; init; }

        public StoredFileRef? File { get; init; }

        public long? TaskId { get; init; }

        public long? ChatEntryId { get; init; }

        public int? TopicCompanyId { get; init; }
    }
}
