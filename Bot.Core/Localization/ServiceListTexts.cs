using Bot.Core.ServiceList;

namespace Bot.Core.Localization;

/// <summary>«Услуги клиентов»'s words.</summary>
public abstract class ServiceListTexts
{
    public abstract string ServicesButton { get; }

    public abstract string ChooseCompany { get; }

    public abstract string ListTitle(string companyName, IReadOnlyList<ServiceSetting> services);

    public abstract string ListButton(ServiceSetting service);

    /// <summary>The service's card; <paramref name="changedAt"/> is its last change in the firm's time.</summary>
    public abstract string Card(ServiceSetting service, DateTimeOffset? changedAt);

    public abstract string ToggleButton(bool enabled);

    public abstract string ResponsibleButton { get; }

    public abstract string PickResponsible(string serviceTitle, int page, int pages);

    public abstract string Saved { get; }
}
