using Bot.Core.Requests;

namespace Bot.Core.ServiceList;

/// <summary>A company's service list for its PMs, in the update's (or the command's) transaction. Each change is
/// recorded with who made it; a change applies to requests filed after it.</summary>
public interface IServiceSettings
{
    Task<IReadOnlyList<ServiceSetting>> ListAsync(int companyId, CancellationToken cancellationToken);

    /// <summary>False when the service is not on the company's list.</summary>
    Task<bool> SetEnabledAsync(int companyId, int templateId, bool enabled, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>False when the service is not on the company's list.</summary>
    Task<bool> SetResponsibleAsync(int companyId, int templateId, int staffId, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken);
}
