namespace Bot.Host.Delivery;

/// <summary>A bounded number of operations run from their caller's own thread, with no loop to wake for them
/// (the intake's handling as updates arrive); when none is free the caller takes the queued way. Once closed,
/// none starts, and those under way can be waited for.</summary>
internal sealed class InlineSlots(int capacity)
{
    private readonly Lock gate = new();
    private int inUse;
    private bool closed;
    private TaskCompletionSource? drained;

    public bool TryEnter()
    {
        lock (gate)
        {
            if (closed || inUse == capacity)
            {
                return false;
            }

            inUse++;
            return true;
        }
    }

    public void Exit()
    {
        lock (gate)
        {
            inUse--;
            if (closed && inUse == 0)
            {
                drained?.TrySetResult();
            }
        }
    }

    /// <summary>Lets no more operations start; completes once those under way have ended.</summary>
    public Task CloseAsync()
    {
        lock (gate)
        {
            closed = true;
            if (inUse == 0)
            {
                return Task.CompletedTask;
            }

            drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return drained.Task;
        }
    }
}
