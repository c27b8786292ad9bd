namespace Bot.Core.ServiceList;

/// <summary>A service on a company's list as its PM edits it: on or off there, who is responsible (the company's own choice,
/// else the catalog's default), and the last change made to it.</summary>
public sealed record ServiceSetting(
    int TemplateId, string CategoryTitle, string Title, int DepartmentId, bool Enabled, string? Responsible, ServiceChange? LastChange);
