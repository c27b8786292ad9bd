using System.Globalization;
using Bot.Core.Agenda;
using Bot.Core.Taxes;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianCalendarTexts : CalendarTexts
{
    public static readonly RussianCalendarTexts Instance = new();

    private static readonly string[] Quarters = ["I", "II", "III", "IV"];

    private RussianCalendarTexts()
    {
    }

    public override string CalendarButton => "Календарь";

    public override string ChooseCompany => "Календарь: выберите компанию.";

    public override string AllCompaniesButton => "Все мои компании";

    public override string AllCompanies => "Все мои компании";

    public override string DownloadButton => "📥 Скачать в календарь";

    public override string SubscribeButton => "🔗 Подписка";

    public override string AddEventButton => "➕ Добавить событие";

    public override string EventsButton => "Согласованные события";

    public override string ProfileButton => "Налоговый профиль";

    public override string NothingPlanned => "На ближайшие 15 дней ничего не запланировано.";

    public override string DayOff => "выходной";

    public override string NoProfile => "Налоговый профиль компании не задан, поэтому налоговые сроки не показаны.";

    public override string Provisional => "предварительно";

    public override string FileCaption(string calendarName) => $"Календарь «{Escape(calendarName)}» на 15 дней. Откройте файл, чтобы добавить события в календарь телефона.";

    public override string SubscriptionNew(string url) =>
        $"Ваша личная ссылка на календарь — добавьте её в календарь телефона («Добавить подписку» / «По URL»):\n<code>{Escape(url)}</code>\n\nНикому её не пересылайте. Календарь будет обновляться сам.";

    public override string SubscriptionActive(DateTimeOffset since) =>
        $"Подписка включена {since:dd.MM.yyyy}. Ссылку показывают только один раз; новая ссылка отключит прежнюю.";

    public override string SubscriptionNone => "Подписка даёт личную ссылку, по которой календарь телефона сам забирает эти события.";

    public override string SubscriptionOff => "Подписка на календарь не настроена на сервере.";

    public override string NewLinkButton => "Получить ссылку";

    public override string RevokeButton => "Отключить подписку";

    public override string Revoked => "Подписка отключена: прежняя ссылка больше не работает.";

    public override string EventsTitle(string companyName, int count) =>
        count == 0 ? $"<b>События — {Escape(companyName)}</b>\nСогласованных событий нет." : $"<b>События — {Escape(companyName)}</b>\nВыберите событие, чтобы перенести или отменить его.";

    public override string MoveButton => "Перенести";

    public override string CancelEventButton => "Отменить событие";

    public override string EventCancelledNotice => "Событие отменено, сотрудники клиента уведомлены.";

    public override string TitlePrompt(string companyName) => $"Новое событие для {Escape(companyName)}.\nНапишите, что согласовано (например, «Передать первичные документы за месяц»).";

    public override string DatePrompt => "Дата и, если нужно, время: ДД.ММ.ГГГГ или ДД.ММ.ГГГГ ЧЧ:ММ.";

    public override string BadDate => "Не получилось прочитать дату. Напишите, например, 05.12.2026 или 05.12.2026 10:00.";

    public override string PastDate => "Эта дата уже прошла. Укажите сегодняшнюю или более позднюю.";

    public override string TooLong(int max) => $"Слишком длинно: не больше {max} символов.";

    public override string RepeatPrompt => "Повторять событие?";

    public override string OnceButton => "Однократно";

    public override string MonthlyDayButton(int day) => $"Ежемесячно, {day}-го числа";

    public override string MonthlyWorkingDayButton(int number) => $"Ежемесячно, {number}-й рабочий день";

    public override string NotePrompt => "Примечание для клиента (или «Без примечания»).";

    public override string NoNoteButton => "Без примечания";

    public override string CreateButton => "Создать";

    public override string Summary(string companyName, string eventLine) => $"<b>{Escape(companyName)}</b>\n{Escape(eventLine)}\n\nСоздать событие?";

    public override string Created(string companyName, string eventLine, int told) =>
        $"Событие создано для {Escape(companyName)}:\n{Escape(eventLine)}\nУведомлено сотрудников клиента: {told}.";

    public override string MovePrompt(string eventLine) => $"{Escape(eventLine)}\n\nНовая дата и, если нужно, время: ДД.ММ.ГГГГ или ДД.ММ.ГГГГ ЧЧ:ММ.";

    public override string Moved(string eventLine, int told) => $"Событие перенесено:\n{Escape(eventLine)}\nУведомлено сотрудников клиента: {told}.";

    public override string NewEventNotice(string companyName, string eventLine) => $"📅 <b>Новое событие</b> — {Escape(companyName)}\n{Escape(eventLine)}";

    public override string MovedEventNotice(string companyName, string eventLine) => $"📅 <b>Событие перенесено</b> — {Escape(companyName)}\n{Escape(eventLine)}";

    public override string CancelledEventNotice(string companyName, string eventLine) => $"📅 <b>Событие отменено</b> — {Escape(companyName)}\n<s>{Escape(eventLine)}</s>";

    public override string Reminder(string companyName, DateOnly day, string eventLine) =>
        $"⏰ <b>Напоминание</b> — {Escape(companyName)}\n{Escape(day.ToString("d MMMM (dddd)", Culture))}: {Escape(eventLine)}";

    public override string ProfilePrompt(string companyName, TaxProfile? current) =>
        $"<b>Налоговый профиль — {Escape(companyName)}</b>\n"
        + (current is null ? "Не задан." : $"Сейчас: {Escape(RegimeName(current.Regime))}, {(current.Employer ? "есть работники" : "нет работников")}.")
        + "\nВыберите режим налогообложения.";

    public override string EmployerPrompt(string companyName, TaxRegime regime) => $"<b>{Escape(companyName)}</b>, {Escape(RegimeName(regime))}.\nЕсть ли у компании работники?";

    public override string EmployerButton(bool employer) => employer ? "Есть работники" : "Нет работников";

    public override string ProfileSaved(string companyName, TaxProfile profile) =>
        $"Налоговый профиль {Escape(companyName)}: {Escape(RegimeName(profile.Regime))}, {(profile.Employer ? "есть работники" : "нет работников")}. Налоговые сроки уже в календаре.";

    public override string ProfileAsk(string companyName) =>
        $"Для календаря {Escape(companyName)} не задан налоговый профиль: клиенту не видны налоговые сроки. Укажите режим налогообложения.";

    public override string RegimeName(TaxRegime regime) => regime switch
    {
        TaxRegime.UsnIncome => "УСН «Доходы»",
        TaxRegime.UsnIncomeExpense => "УСН «Доходы минус расходы»",
        TaxRegime.Osno => "ОСНО",
        TaxRegime.Psn => "ПСН",
        _ => "АУСН",
    };

    public override string Period(TaxPeriod period) => period.Kind switch
    {
        TaxPeriodKind.Year => $"за {period.Year} год",
        TaxPeriodKind.Quarter => $"за {Quarters[period.Number - 1]} квартал {period.Year}",
        TaxPeriodKind.HalfYear => $"за полугодие {period.Year}",
        TaxPeriodKind.NineMonths => $"за 9 месяцев {period.Year}",
        _ => $"за {Culture.DateTimeFormat.MonthNames[period.Number - 1].ToLowerInvariant()} {period.Year}",
    };

    public override string Repeat(EventRepeat repeat, int number) => repeat switch
    {
        EventRepeat.MonthlyDay => $"ежемесячно, {number}-го числа",
        EventRepeat.MonthlyWorkingDay => $"ежемесячно, {number}-й рабочий день",
        _ => "однократно",
    };

    public override string DeadlineLine(int number, string serviceTitle) => $"Срок заявки №{number}: {serviceTitle}";

    public override string MovedFrom(DateOnly statutory) => $"перенос с {statutory:dd.MM}";

    public override string TaxTitle(TaxObligation obligation) => obligation.Title;

    protected override CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("ru-RU");
}
