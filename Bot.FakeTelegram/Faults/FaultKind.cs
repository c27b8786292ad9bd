namespace Bot.FakeTelegram.Faults;

public enum FaultKind
{
    /// <summary>Answers with a 5xx status and Telegram's error envelope.</summary>
    ServerError,

    /// <summary>Answers late, then normally.</summary>
    Latency,

    /// <summary>Never answers: the request hangs until the client gives up.</summary>
    Hang,
}
