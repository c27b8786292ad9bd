namespace Bot.Storage.Outbox;

/// <summary>The outbox's kind column.</summary>
public static class OutboxKind
{
    public const string SendText = "send_text";
    public const string EditText = "edit_text";
    public const string AnswerButton = "answer_button";
    public const string SendFile = "send_file";
}
