using Bot.Core.ServiceList;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishServiceListTexts : ServiceListTexts
{
    public static readonly EnglishServiceListTexts Instance = new();

    private EnglishServiceListTexts()
    {
    }

    public override string ServicesButton => "Clients' services";

    public override string ChooseCompany => "Clients' services: choose a company.";

    public override string ListTitle(string companyName, IReadOnlyList<ServiceSetting> services) =>
        $"<b>Services — {Escape(companyName)}</b>\n"
        + (services.Count == 0 ? "The list is empty." : "✅ on, ⛔ off. Changes apply to new requests.");

    public override string ListButton(ServiceSetting service) => $"{(service.Enabled ? "✅" : "⛔")} {service.CategoryTitle}: {service.Title}";

    public override string Card(ServiceSetting service, DateTimeOffset? changedAt) =>
        $"<b>{Escape(service.Title)}</b>\n{Escape(service.CategoryTitle)}\n"
        + $"State: {(service.Enabled ? "on" : "off")}\nResponsible: {Escape(service.Responsible ?? "none — the project's PM gets the requests")}\n"
        + (service.LastChange is { } change && changedAt is { } at
            ? $"Last change: {Escape(change.ChangedByName)}, {at:dd.MM.yyyy HH:mm} — {What(change)}"
            : "No changes yet.");

    public override string ToggleButton(bool enabled) => enabled ? "⛔ Turn off" : "✅ Turn on";

    public override string ResponsibleButton => "Set the responsible";

    public override string PickResponsible(string serviceTitle, int page, int pages) =>
        $"Responsible for «{Escape(serviceTitle)}»." + (pages > 1 ? $" Page {page} of {pages}." : "");

    public override string Saved => "Saved. Applies to new requests.";

    private static string What(ServiceChange change) => change.Change switch
    {
        "on" => "turned on",
        "off" => "turned off",
        _ => $"responsible {Escape(change.Responsible ?? "")}",
    };
}
