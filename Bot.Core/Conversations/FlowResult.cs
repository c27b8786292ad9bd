namespace Bot.Core.Conversations;

/// <summary>The outcome of one input to a flow step. Transitions are pure: the caller stores the state and
/// performs the effect (sending a request, saving a comment) in the update's transaction.</summary>
public abstract record FlowResult<TState>
{
    private FlowResult()
    {
    }

    /// <summary>The flow goes on in <paramref name="State"/>, showing <paramref name="Screen"/>.</summary>
    public sealed record Moved(TState State, Screen Screen) : FlowResult<TState>;

    /// <summary>Nothing changes; the user is told why.</summary>
    public sealed record Refuse(string Notice) : FlowResult<TState>;

    /// <summary>A button of another step or revision: nothing changes.</summary>
    public sealed record Stale : FlowResult<TState>;

    /// <summary>The flow ends with nothing done (the user cancelled, or what they were filling in is gone).</summary>
    public sealed record Ended(string Html) : FlowResult<TState>;

    /// <summary>The user confirmed: the caller performs the flow's effect and ends it.</summary>
    public sealed record Finish(TState State) : FlowResult<TState>;
}
