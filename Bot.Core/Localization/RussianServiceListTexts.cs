using Bot.Core.ServiceList;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianServiceListTexts : ServiceListTexts
{
    public static readonly RussianServiceListTexts Instance = new();

    private RussianServiceListTexts()
    {
    }

    public override string ServicesButton => "Услуги клиентов";

    public override string ChooseCompany => "Услуги клиентов: выберите компанию.";

    public override string ListTitle(string companyName, IReadOnlyList<ServiceSetting> services) =>
        $"<b>Услуги — {Escape(companyName)}</b>\n"
        + (services.Count == 0 ? "Список пуст." : "✅ включена, ⛔ выключена. Изменения действуют для новых заявок.");

    public override string ListButton(ServiceSetting service) => $"{(service.Enabled ? "✅" : "⛔")} {service.CategoryTitle}: {service.Title}";

    public override string Card(ServiceSetting service, DateTimeOffset? changedAt) =>
        $"<b>{Escape(service.Title)}</b>\n{Escape(service.CategoryTitle)}\n"
        + $"Статус: {(service.Enabled ? "включена" : "выключена")}\nОтветственный: {Escape(service.Responsible ?? "не назначен — заявки получает менеджер проекта")}\n"
        + (service.LastChange is { } change && changedAt is { } at
            ? $"Последнее изменение: {Escape(change.ChangedByName)}, {at:dd.MM.yyyy HH:mm} — {What(change)}"
            : "Изменений не было.");

    public override string ToggleButton(bool enabled) => enabled ? "⛔ Выключить" : "✅ Включить";

    public override string ResponsibleButton => "Назначить ответственного";

    public override string PickResponsible(string serviceTitle, int page, int pages) =>
        $"Ответственный за «{Escape(serviceTitle)}»." + (pages > 1 ? $" Страница {page} из {pages}." : "");

    public override string Saved => "Сохранено. Действует для новых заявок.";

    private static string What(ServiceChange change) => change.Change switch
    {
        "on" => "включена",
        "off" => "выключена",
        _ => $"ответственный {Escape(change.Responsible ?? "")}",
    };
}
