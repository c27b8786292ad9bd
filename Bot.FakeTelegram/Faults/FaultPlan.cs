using Bot.FakeTelegram.Http;

namespace Bot.FakeTelegram.Faults;

/// <summary>Faults injected by tests: Telegram's 5xx, slow answers and hung connections.
/// ("Bot was blocked by the user" is a user's act: see the driver's BlockBot.)</summary>
public sealed class FaultPlan
{
    private readonly Lock gate = new();
    private readonly List<Fault> faults = [];

    public void Add(Fault fault)
    {
        lock (gate)
        {
            faults.Add(fault);
        }
    }

    public void FailNext(string method, int times = 1, int statusCode = 502) => Add(new Fault(method, FaultKind.ServerError, times, statusCode));

    public void DelayNext(string method, TimeSpan delay, int times = 1) => Add(new Fault(method, FaultKind.Latency, times, Delay: delay));

    public void HangNext(string method, int times = 1) => Add(new Fault(method, FaultKind.Hang, times));

    internal async Task ApplyAsync(string method, CancellationToken cancellationToken)
    {
        Fault? fault;
        lock (gate)
        {
            fault = faults.FirstOrDefault(f => f.Remaining > 0 && (f.Method is null || string.Equals(f.Method, method, StringComparison.OrdinalIgnoreCase)));
            if (fault is not null)
            {
                fault.Remaining--;
            }
        }

        switch (fault?.Kind)
        {
            case FaultKind.ServerError:
                throw new BotApiException(fault.StatusCode, fault.StatusCode == 502 ? "Bad Gateway" : "Internal Server Error");
            case FaultKind.Latency:
                await Task.Delay(fault.Delay, cancellationToken);
                break;
            case FaultKind.Hang:
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
        }
    }
}
