using Bot.Core.Onboarding;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianOnboardingTexts : OnboardingTexts
{
    public static readonly RussianOnboardingTexts Instance = new();

    private RussianOnboardingTexts()
    {
    }

    public override string NewClientButton => "➕ Новый клиент";

    public override string InnPrompt => "Новый клиент. Введите ИНН: 10 цифр для организации, 12 для предпринимателя.";

    public override string BadInn => "Это не ИНН: нужно 10 цифр для организации или 12 для предпринимателя, с верными контрольными цифрами. Проверьте и введите ещё раз.";

    public override string KnownInn(string companyName) => $"Этот ИНН уже есть у клиента «{companyName}». Введите другой ИНН или нажмите «Отмена».";

    public override string NamePrompt => "Название компании, например: ООО «Ромашка».";

    public override string DepartmentsPrompt => "Какие отделы будут обслуживать клиента? Отметьте один, два или все, затем «Далее».";

    public override string DepartmentToggle(string department, bool chosen) => (chosen ? "✅ " : "▫️ ") + department;

    public override string NextButton => "Далее »";

    public override string NoDepartment => "Отметьте хотя бы один отдел.";

    public override string MainPrompt => "Менеджер какого отдела будет главным менеджером клиента?";

    public override string FirstAppointedButton => "Кого назначат первым";

    public override string SummaryPrompt => "Коротко о клиенте для руководителей отделов: что нужно, с какого месяца.";

    public override string TooLong(int limit) => $"Слишком длинно: не больше {limit} символов.";

    public override string Confirm(string inn, string name, IReadOnlyList<string> departments, string? mainDepartment, string summary) =>
        $"<b>Новый клиент</b>\n{Escape(name)}, ИНН {inn}\nОтделы: {Escape(string.Join(", ", departments))}\n"
        + (mainDepartment is null ? "" : $"Главный менеджер — из отдела {Escape(mainDepartment)}\n")
        + $"\n{Escape(summary)}\n\nСоздать компанию и отправить руководителям отделов карточки?";

    public override string CreateButton => "Создать";

    public override string Created(string companyName, int cards) =>
        $"Компания «{Escape(companyName)}» создана, статус «Подключается». Руководителям отделов отправлено карточек: {cards}. Когда все назначат менеджеров, вам придёт сообщение.";

    public override string Card(OnboardingStep card) =>
        $"<b>Назначьте менеджера проекта</b>\nКлиент: {Escape(card.CompanyName)}, ИНН {card.Inn}\nОтдел: {Escape(card.DepartmentName)}\n"
        + $"Подключает: {Escape(card.StartedByName)}\n\n{Escape(card.Summary)}";

    public override string Reminder(OnboardingStep card) => "⏰ Напоминание: клиент ждёт менеджера проекта.\n\n" + Card(card);

    public override string Escalation(OnboardingStep card, int workingDays) =>
        $"⚠️ Отдел «{Escape(card.DepartmentName)}» {workingDays} раб. дн. не назначает менеджера проекта клиента «{Escape(card.CompanyName)}» (ИНН {card.Inn}). "
        + "Клиент остаётся в статусе «Подключается». Назначьте менеджера сами или поговорите с руководителем отдела.";

    public override string AppointButton => "Выбрать менеджера";

    public override string PickPm(OnboardingStep card, int page, int pages) =>
        $"Менеджер проекта клиента «{Escape(card.CompanyName)}» — отдел {Escape(card.DepartmentName)}." + (pages > 1 ? $" Страница {page} из {pages}." : "");

    public override string NoStaff => "В отделе нет сотрудников: попросите администратора добавить их.";

    public override string ProjectNamePrompt(OnboardingStep card, string pmName) =>
        $"Менеджер: {Escape(pmName)}.\nНазвание проекта: оставьте предложенное или напишите своё.";

    public override string KeepNameButton(string name) => $"Оставить «{name}»";

    public override string Appointed(OnboardingStep card, string projectName, bool isMain) =>
        $"✅ {Escape(card.AppointedPm ?? "")} — {(isMain ? "главный менеджер" : "модератор")} клиента «{Escape(card.CompanyName)}», проект «{Escape(projectName)}».";

    public override string AlreadyAppointed(OnboardingStep card) =>
        $"Менеджер проекта отдела {Escape(card.DepartmentName)} для клиента «{Escape(card.CompanyName)}» уже назначен: {Escape(card.AppointedPm ?? "")}.";

    public override string NotOfDepartment => "Этот сотрудник больше не в отделе. Выберите другого.";

    public override string YouAreAppointed(string companyName, string projectName, bool isMain) =>
        $"Вы — {(isMain ? "главный менеджер" : "модератор")} клиента «{Escape(companyName)}», проект «{Escape(projectName)}».";

    public override string Activated(string companyName) =>
        $"🎉 Клиент «{Escape(companyName)}» подключён: у всех отделов есть менеджеры, список услуг создан. Главный менеджер может настроить услуги и пригласить сотрудников клиента.";

    public override string Connecting => "Клиент ещё подключается: это станет доступно, когда все отделы назначат менеджеров.";
}
