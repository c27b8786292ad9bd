namespace Bot.Storage.Housekeeping;

/// <summary>One firing of a scheduled job, as job_runs records it.</summary>
public sealed record JobRun(string Job, string TriggerName, DateTimeOffset? ScheduledFor, DateTimeOffset StartedAt, string Instance, string? Details = null);
