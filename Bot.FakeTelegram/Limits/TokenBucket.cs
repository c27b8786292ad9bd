namespace Bot.FakeTelegram.Limits;

/// <summary>Holds up to <c>capacity</c> tokens and regains <c>perSecond</c> of them each second.</summary>
internal sealed class TokenBucket(double capacity, double perSecond, DateTimeOffset createdAt)
{
    private double tokens = double.NaN;
    private DateTimeOffset updatedAt = createdAt;

    public TimeSpan WaitFor(int count, DateTimeOffset now)
    {
        tokens = double.IsNaN(tokens) ? capacity : Math.Min(capacity, tokens + ((now - updatedAt).TotalSeconds * perSecond));
        updatedAt = now;
        var missing = count - tokens;
        return missing <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(missing / perSecond);
    }

    public void Take(int count) => tokens -= count;
}
