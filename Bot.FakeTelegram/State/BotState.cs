using System.Text.Json.Nodes;
using Bot.FakeTelegram.Http;

namespace Bot.FakeTelegram.State;

/// <summary>Everything the fake Telegram knows, behind one lock. Every change calls <see cref="Signal"/>,
/// which wakes long polls, the webhook pusher and tests waiting for the bot.</summary>
internal sealed class BotState(TimeProvider time, int lastUpdateId = 0)
{
    private TaskCompletionSource changed = NewSignal();
    private long lastFileNumber;
    private long lastCallbackNumber;

    public Lock Gate { get; } = new();

    public TimeProvider Time { get; } = time;

    public Dictionary<long, ChatState> Chats { get; } = [];

    public Dictionary<string, StoredFile> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>File ids Telegram no longer takes in a send (still downloadable by the test, as evidence).</summary>
    public HashSet<string> ForgottenFileIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CallbackState> Callbacks { get; } = new(StringComparer.Ordinal);

    public List<PendingUpdate> Updates { get; } = [];

    public List<ApiCall> Calls { get; } = [];

    public Dictionary<string, JsonArray> Commands { get; } = new(StringComparer.Ordinal);

    public WebhookState Webhook { get; } = new();

    public PollTicket? CurrentPoll { get; set; }

    /// <summary>Completes at the next change; read it under <see cref="Gate"/>, await it outside.</summary>
    public Task Changed => changed.Task;

    public void Signal(ChatState? chat = null)
    {
        var previous = changed;
        changed = NewSignal();
        previous.TrySetResult();
        chat?.Signal();
    }

    public void Enqueue(string type, JsonObject payload)
    {
        var id = ++lastUpdateId;
        Updates.Add(new PendingUpdate(id, type, new JsonObject { ["update_id"] = id, [type] = payload }));
        Signal();
    }

    public StoredFile AddFile(byte[] content, string? fileName, string? mimeType, string folder)
    {
        var number = ++lastFileNumber;
        var file = new StoredFile($"FILE{number:D6}-{Guid.NewGuid():N}", $"U{number:D6}", $"{folder}/file_{number}{Path.GetExtension(fileName ?? "")}", content, fileName, mimeType);
        Files[file.FileId] = file;
        return file;
    }

    public string NextCallbackId() => $"{++lastCallbackNumber}{Random.Shared.Next(100_000, 999_999)}";

    /// <summary>The chat a request names by chat_id; the bot can only write where a user started a chat.</summary>
    public ChatState ChatFor(ApiRequest request)
    {
        var chatId = request.Text("chat_id") ?? throw BotApiException.BadRequest("chat_id is empty");
        if (!long.TryParse(chatId, out var id) || !Chats.TryGetValue(id, out var chat))
        {
            throw BotApiException.BadRequest("chat not found");
        }

        return chat;
    }

    /// <summary>The topic a send names by message_thread_id: it must be an open topic of this forum, as Telegram insists.</summary>
    public static int? ThreadFor(ApiRequest request, ChatState chat)
    {
        if (request.Number("message_thread_id") is not { } thread)
        {
            return null;
        }

        return chat.IsForum && chat.Topics.ContainsKey((int)thread) ? (int)thread : throw BotApiException.BadRequest("message thread not found");
    }

    public ChatState WritableChatFor(ApiRequest request)
    {
        var chat = ChatFor(request);
        return chat.BlockedBot ? throw BotApiException.Forbidden("bot was blocked by the user") : chat;
    }

    public StoredMessage BotMessageFor(ApiRequest request, string notFound)
    {
        var chat = ChatFor(request);
        var messageId = request.Number("message_id") ?? throw BotApiException.BadRequest("message_id is empty");
        if (!chat.Messages.TryGetValue((int)messageId, out var message) || message.Deleted)
        {
            throw BotApiException.BadRequest(notFound);
        }

        return message;
    }

    /// <summary>Waits until <paramref name="probe"/>, run under the lock, finds something.</summary>
    public async Task<T> WaitAsync<T>(Func<T?> probe, TimeSpan timeout, string what, ChatState? chat = null)
        where T : class
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            Task next;
            lock (Gate)
            {
                if (probe() is { } found)
                {
                    return found;
                }

                next = chat?.Changed ?? Changed;
            }

            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for {what}.");
            }

            await Task.WhenAny(next, Task.Delay(left));
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
