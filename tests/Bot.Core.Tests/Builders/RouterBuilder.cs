using Bot.Core.Access;
using Bot.Core.Agenda;
using Bot.Core.Chat;
using Bot.Core.Conversations;
using Bot.Core.Digests;
using Bot.Core.Drive;
using Bot.Core.Filings;
using Bot.Core.Firm;
using Bot.Core.Indicators;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Notifications;
using Bot.Core.Requests;
using Bot.Core.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Builders;

/// <summary>Test data for routing: a firm, its administrator and updates from users.</summary>
internal static class RouterBuilder
{
    public const long AdministratorId = 1001;
    public const string FirmName = "Бухгалтерия & Партнёры";

    public static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    public static UpdateRouter Router(
        InMemoryUserActivity? activity = null, InMemoryDirectory? directory = null, InMemoryConversations? conversations = null, InMemoryTasks? tasks = null,
        InMemoryTaskWork? staffWork = null, InMemoryDrive? drive = null, FakeTimeProvider? clock = null, InMemoryChat? chat = null, InMemoryNotifications? notifications = null, ChatOptions? chatOptions = null, InMemoryFilings? filings = null, InMemoryIndicators? indicators = null,
        InMemoryAgenda? agenda = null, Taxes.TaxSchedule? taxes = null, CalendarOptions? calendarOptions = null, InMemoryEmployees? employees = null,
        InMemoryOnboardings? onboardings = null, InMemoryServiceSettings? services = null, InMemoryInvites? invites = null)
    {
        var firm = Options.Create(new FirmOptions { Name = FirmName, Phone = "+7 495 000-00-00" });
        var administrators = new AdministratorsOptions();
        administrators.UserIds.Add(AdministratorId);
        var store = activity ?? new InMemoryUserActivity();
        var people = directory ?? new InMemoryDirectory();
        var time = clock ?? new FakeTimeProvider(Now);
        var access = new AccessPolicy(Options.Create(administrators));
        var states = conversations ?? new InMemoryConversations();
        var work = tasks ?? new InMemoryTasks();
        var calendars = new FixedCalendarSource(CalendarBuilder.FirmCalendar(now: Now));
        var taskAccess = new TaskAccess(access);
        var requestForm = new RequestFormRunner(states, people, calendars, work, work, work, access, time);
        staffWork ??= new InMemoryTaskWork(work);
        var notes = new NoteFormRunner(states, work, work, taskAccess, new TaskOutcomes(work, work, staffWork, calendars, time), time);
        var myRequests = new MyRequests(work, work, taskAccess, access, notes, calendars, time);
        var staffTasks = new StaffTasks(work, staffWork, taskAccess, notes, calendars, time);
        var documents = drive ?? new InMemoryDrive();
        var driveAccess = new DriveAccess(access);
        var conversation = chat ?? new InMemoryChat();
        var chatAccess = new ChatAccess(access, people);
        var posting = new ChatPosting(conversation, work, people, calendars, Options.Create(chatOptions ?? new ChatOptions()), time);
        var compose = new ChatComposeRunner(states, conversation, posting, chatAccess, time);
        var chats = new ChatBrowser(conversation, chatAccess, compose, states, people, calendars, time);
        var notices = notifications ?? new InMemoryNotifications();
        var sender = new NotificationSender(notices, people);
        var cards = new NotificationCards(notices, sender, calendars);
        var notify = new NotifyFormRunner(states, notices, sender, cards, chatAccess, work, time);
        var answers = new NotificationAnswers(notices, cards, sender, notify, chatAccess, states, calendars, time);
        var filingsBrowser = new FilingsBrowser(filings ?? new InMemoryFilings(), new FilingAccess(access), people, calendars);
        var figures = indicators ?? new InMemoryIndicators();
        var indicatorsBrowser = new IndicatorsBrowser(figures, figures, new IndicatorAccess(access), people);
        var days = agenda ?? new InMemoryAgenda();
        var calendarAccess = new CalendarAccess(access);
        var eventNotices = new EventNotices(notices);
        var eventForm = new EventFormRunner(states, days, eventNotices, calendarAccess, people, calendars, time);
        var calendarScopes = new CalendarScopes(calendarAccess, people);
        var calendarOptionsValue = Options.Create(calendarOptions ?? new CalendarOptions { PublicUrl = "https://bot.example" });
        var calendarBrowser = new CalendarBrowser(
            new AgendaBuilder(days, days, taxes ?? new Taxes.TaxSchedule([]), days, calendars), calendarScopes, calendarAccess, people, days, days, conversation,
            new CalendarFeedScreens(calendarScopes, days, calendarOptionsValue, time), new AgreedEventScreens(days, calendarAccess, people, eventNotices, eventForm, time),
            new TaxProfileScreens(days, calendarAccess, people, time), calendarOptionsValue, time);
        var employeesBrowser = new Bot.Core.Employees.EmployeesBrowser(employees ?? new InMemoryEmployees(), access, people, time);
        var onboardingStore = onboardings ?? new InMemoryOnboardings();
        var onboarding = new Bot.Core.Onboarding.ClientOnboarding(onboardingStore, Options.Create(administrators));
        var newClient = new NewClientFormRunner(states, onboardingStore, onboarding, access, time);
        var appoint = new AppointFormRunner(states, onboardingStore, onboarding, access, time);
        var onboardingBrowser = new Bot.Core.Onboarding.OnboardingBrowser(onboardingStore, onboardingStore, appoint, access);
        var servicesBrowser = new Bot.Core.ServiceList.ServicesBrowser(services ?? new InMemoryServiceSettings(), onboardingStore, onboardingStore, people, calendars, access, time);
        var invitesBrowser = new Bot.Core.Invites.InvitesBrowser(invites ?? new InMemoryInvites(), onboardingStore, people, calendars, access, time);
        var uploads = new DriveUploadRunner(states, documents, driveAccess, work, people, posting, chatAccess, time);
        var browser = new DriveBrowser(documents, driveAccess, people, uploads, time);
        var reports = new DownloadReportRunner(states, documents, people, access, calendars, time);
        return new UpdateRouter(
            access, people, store, new CommandHandler(firm, people, states, new DigestService(new InMemoryDigests(), new InMemoryDigests(), calendars, Options.Create(administrators), time), time),
            new MenuButtonHandler(firm, store, requestForm, myRequests, staffTasks, browser, chats, filingsBrowser, indicatorsBrowser, calendarBrowser, employeesBrowser, servicesBrowser, newClient, reports, people, access, time),
            new ConversationRouter(states, requestForm, notes, uploads, reports, compose, notify, eventForm, newClient, appoint, answers), myRequests, staffTasks, new TaskReplies(work, work, notes), browser, uploads, chats, new ChatReplies(conversation, posting, chatAccess), compose, new ForumReplies(conversation, posting, chatAccess, Options.Create(chatOptions ?? new ChatOptions())), answers, filingsBrowser, indicatorsBrowser, calendarBrowser, employeesBrowser, onboardingBrowser, servicesBrowser, invitesBrowser,
            new CompanySwitcher(people, access, firm, time), time);
    }

    public static ChatUser Guest(string language = "ru") => new(2002, "Анна", language);

    public static ChatUser Administrator() => new(AdministratorId, "Ольга", "ru");

    public static IncomingText Text(ChatUser user, string text) => new(user.Id, user, 10, text);

    public static IncomingButton Press(ChatUser user, string data) => new(user.Id, user, "cb-1", 11, data);
}
