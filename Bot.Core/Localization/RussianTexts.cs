using System.Globalization;
using Bot.Core.Access;
using Bot.Core.Catalog;
using Bot.Core.Firm;
using Bot.Core.Invites;
using Bot.Core.Users;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class RussianTexts : Texts
{
    public static readonly RussianTexts Instance = new();

    private RussianTexts()
    {
    }

    public override RequestFormTexts Form => RussianRequestFormTexts.Instance;

    public override TaskTexts Tasks => RussianTaskTexts.Instance;

    public override StaffTexts Staff => RussianStaffTexts.Instance;

    public override DriveTexts Drive => RussianDriveTexts.Instance;

    public override DigestTexts Digest => RussianDigestTexts.Instance;

    public override ChatTexts Chat => RussianChatTexts.Instance;

    public override NotificationTexts Notifications => RussianNotificationTexts.Instance;

    public override FilingTexts Filings => RussianFilingTexts.Instance;

    public override IndicatorTexts Indicators => RussianIndicatorTexts.Instance;

    public override CalendarTexts Calendar => RussianCalendarTexts.Instance;

    public override EmployeeTexts Employees => RussianEmployeeTexts.Instance;

    public override OnboardingTexts Onboarding => RussianOnboardingTexts.Instance;

    public override ServiceListTexts Services => RussianServiceListTexts.Instance;

    public override InviteTexts Invites => RussianInviteTexts.Instance;

    public override string GreetingAdministrator(string firstName, string firmName) =>
        $"Здравствуйте, {Escape(firstName)}!\n<b>{Escape(firmName)}</b> — кабинет клиента в Telegram. Вы администратор фирмы.\n\nВыберите раздел:";

    public override string GreetingGuest(string firstName, FirmOptions firm) =>
        $"Здравствуйте, {Escape(firstName)}!\n<b>{Escape(firm.Name)}</b> — кабинет клиента в Telegram: заявки на услуги, документы и связь с вашим бухгалтером.\n\n" +
        "Чтобы получить доступ, попросите у своего бухгалтера ссылку-приглашение и откройте её в Telegram." +
        (firm.Phone.Length > 0 ? $"\nТелефон фирмы: {Escape(firm.Phone)}" : "");

    public override string MainMenuTitle(string firmName) => $"<b>{Escape(firmName)}</b>\nГлавное меню. Выберите раздел:";

    public override string Help =>
        "Команды:\n/start — начать работу\n/menu — главное меню\n/help — справка\n/cancel — отменить текущее действие\n/digest — сводка для руководителей (/digest off — выключить утреннюю, /digest on — включить)";

    public override string UnknownText => "Я не понял сообщение. Откройте главное меню: /menu, справка: /help.";

    public override string UnknownCommand(string command) =>
        $"Команда {Escape(command)} мне не известна. Доступны: /start, /menu, /help, /cancel.";

    public override string NothingToCancel => "Сейчас нечего отменять.";

    public override string ActionCancelled => "Отменено: то, что вы заполняли, не отправлено.";

    public override string FileOutsideFlow => "Файл получен, но пока мне некуда его сохранить. Откройте главное меню: /menu.";

    public override string AboutFirm(FirmOptions firm) =>
        $"<b>{Escape(firm.Name)}</b>\n" +
        (firm.Phone.Length > 0 ? $"Телефон: {Escape(firm.Phone)}\n" : "") +
        $"Часы работы: пн–пт, {firm.WorkdayStart:HH\\:mm}–{firm.WorkdayEnd:HH\\:mm} ({Escape(firm.TimeZone)})";

    public override string Status(UserActivity activity) =>
        $"<b>Состояние бота</b>\nПисали боту: {activity.UsersTotal}\nЗа последние сутки: {activity.UsersSince}\nСхема базы данных: {Escape(activity.SchemaVersion)}";

    public override string StaleButton => "Эта кнопка устарела.";

    public override string NotAllowed => "Это действие вам недоступно.";

    public override string ProcessingFailed => "Не удалось обработать сообщение. Попробуйте ещё раз чуть позже.";

    public override string FileNotDelivered(string fileName) =>
        $"Не удалось отправить файл «{Escape(fileName)}». Мы уже знаем об этом; попросите бухгалтера прислать его ещё раз.";

    public override string FileDamaged(string fileName) =>
        $"Файл «{Escape(fileName)}» не отправлен: его копия в хранилище фирмы повреждена, и мы не стали присылать испорченный файл. Мы уже знаем об этом; попросите бухгалтера прислать его ещё раз.";

    public override string TooManyMessages => "Слишком много сообщений, подождите немного. Сообщения, отправленные сейчас, не будут обработаны.";

    public override string GreetingMember(string firstName, string firmName, string? companyName) =>
        $"Здравствуйте, {Escape(firstName)}!\n<b>{Escape(firmName)}</b> — кабинет клиента в Telegram." +
        (companyName is null ? "" : $"\nКомпания: <b>{Escape(companyName)}</b>.") + "\n\nВыберите раздел:";

    public override string InviteResult(InviteOutcome outcome) => outcome switch
    {
        InviteOutcome.JoinedCompany joined => $"Готово: вы подключены к кабинету компании <b>{Escape(joined.CompanyName)}</b>. Теперь здесь можно заказывать услуги и следить за заявками.\n\nВыберите раздел:",
        InviteOutcome.JoinedStaff joined => $"Готово: {Escape(joined.FullName)}, вы подключены как сотрудник фирмы.\n\nВыберите раздел:",
        InviteOutcome.AlreadyUsed => "Это приглашение уже использовано. Попросите у своего менеджера новую ссылку.",
        InviteOutcome.Expired => "Срок действия приглашения истёк. Попросите у своего менеджера новую ссылку.",
        InviteOutcome.Revoked => "Это приглашение отозвано. Попросите у своего менеджера новую ссылку.",
        _ => "Приглашение не найдено. Проверьте ссылку или попросите у своего менеджера новую.",
    };

    public override string OrderServiceButton => "Заказать услугу";

    public override string SwitchCompanyButton => "Сменить компанию";

    public override string ClientsButton => "Клиенты";

    public override string ClientList(IReadOnlyList<ClientCompany> companies) => companies.Count == 0
        ? "У вас пока нет клиентов: вас ещё не назначили ни в один проект."
        : "<b>Ваши клиенты</b>\n\n" + string.Join("\n\n", companies.Take(MaxListed).Select(company =>
            $"• <b>{Escape(company.Name)}</b>, ИНН {company.Inn}" + (company.Projects.Count == 0 ? "" : "\n" + Escape(string.Join("; ", company.Projects)))))
          + (companies.Count > MaxListed ? $"\n\n… и ещё {companies.Count - MaxListed}" : "");

    public override string ChooseCompany => "Вы представляете несколько компаний. Выберите, от имени какой работать:";

    public override string ActingFor(string firmName, string companyName) =>
        $"<b>{Escape(firmName)}</b> — кабинет клиента.\nКомпания: <b>{Escape(companyName)}</b>.\n\nВыберите раздел:";

    public override string BackButton => "« Назад";

    public override string ChooseCategory(string companyName) => $"Услуги для компании <b>{Escape(companyName)}</b>. Выберите раздел:";

    public override string NoServices(string companyName) =>
        $"Для компании <b>{Escape(companyName)}</b> пока не подключено ни одной услуги. Обратитесь к своему менеджеру.";

    public override string ServicesOfCategory(string categoryTitle, IReadOnlyList<CompanyService> services) =>
        $"<b>{Escape(categoryTitle)}</b>\n\n" + string.Join("\n\n", services.Select(service =>
            $"• <b>{Escape(service.Title)}</b> — срок {WorkingDays(service.PlannedDays)}" +
            (service.HardDays > service.PlannedDays ? $", не позднее {RussianPlural.Choose(service.HardDays, $"{service.HardDays} рабочего дня", $"{service.HardDays} рабочих дней", $"{service.HardDays} рабочих дней")}" : "") +
            (service.Description.Length == 0 ? "" : $"\n{Escape(Summary(service.Description))}")));

    public override string WorkingDays(int count) =>
        $"{count} {RussianPlural.Choose(count, "рабочий день", "рабочих дня", "рабочих дней")}";

    public override string DeadlineTooShort(int minimumWorkingDays, DateOnly earliest) =>
        $"Указан срок меньше допустимого по регламенту ({WorkingDays(minimumWorkingDays)}). Самый ранний возможный срок — {Date(earliest)}.";

    public override string DeadlineInThePast(DateOnly earliest) =>
        $"Эта дата уже прошла. Самый ранний возможный срок — {Date(earliest)}.";

    public override string CalendarYearMissing(int year) =>
        $"Нет производственного календаря на {year} год: сроки в {year} году считаются по будням (понедельник–пятница), без праздников и переносов. " +
        "Загрузите календарь командой <code>calendar import ФАЙЛ</code>.";

    public override string AboutButton => "О фирме";

    public override string HelpButton => "Помощь";

    public override string StatusButton => "Состояние бота";

    public override string BackToMenuButton => "« Главное меню";

    public override string CommandStart => "Начать работу";

    public override string CommandMenu => "Главное меню";

    public override string CommandHelp => "Справка";

    public override string CommandCancel => "Отменить текущее действие";

    private static string Summary(string description) => description.Split('\n')[0] is { Length: > 160 } line ? line[..157] + "…" : description.Split('\n')[0];

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
