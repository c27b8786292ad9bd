namespace Bot.Core.Conversations;

/// <summary>What a flow step is given: a press on one of its buttons, a typed message, or a file already
/// taken into the firm's store.</summary>
public abstract record FlowInput
{
    private FlowInput()
    {
    }

    public sealed record Press(int Revision, string Action, string Argument) : FlowInput;

    public sealed record Typed(string Text) : FlowInput;

    public sealed record FileTaken(Requests.DraftFile File) : FlowInput;
}
