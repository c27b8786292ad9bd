namespace Bot.Host.Reports;

/// <summary>Where a day of the firm begins, as a UTC moment: reports take whole days in the firm's time zone.</summary>
internal static class FirmDay
{
    public static DateTimeOffset StartUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
