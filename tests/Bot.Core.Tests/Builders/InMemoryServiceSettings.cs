using Bot.Core.Requests;
using Bot.Core.ServiceList;

namespace Bot.Core.Tests.Builders;

/// <summary>Companies' service lists in memory, with each change recorded.</summary>
internal sealed class InMemoryServiceSettings : IServiceSettings
{
    public Dictionary<int, List<ServiceSetting>> Of { get; } = [];

    public List<(int CompanyId, int TemplateId, string Change, string By)> Changes { get; } = [];

    public Task<IReadOnlyList<ServiceSetting>> ListAsync(int companyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ServiceSetting>>(Of.TryGetValue(companyId, out var list) ? [.. list] : []);

    public Task<bool> SetEnabledAsync(int companyId, int templateId, bool enabled, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(Change(companyId, templateId, s => s with { Enabled = enabled }, enabled ? "on" : "off", actor, now, null));

    public Task<bool> SetResponsibleAsync(int companyId, int templateId, int staffId, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(Change(companyId, templateId, s => s with { Responsible = $"staff {staffId}" }, "responsible", actor, now, $"staff {staffId}"));

    private bool Change(int companyId, int templateId, Func<ServiceSetting, ServiceSetting> change, string what, TaskActor actor, DateTimeOffset now, string? responsible)
    {
        var i = Of.TryGetValue(companyId, out var list) ? list.FindIndex(s => s.TemplateId == templateId) : -1;
        if (i < 0)
        {
            return false;
        }

        list![i] = change(list[i]) with { LastChange = new ServiceChange(actor.Name, now, what, responsible) };
        Changes.Add((companyId, templateId, what, actor.Name));
        return true;
    }
}
