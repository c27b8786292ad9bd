using Bot.Core.Onboarding;
using Bot.Core.ServiceList;
using Bot.Core.Invites;
using Bot.Core.Access;
using Bot.Core.Agenda;
using Bot.Core.Chat;
using Bot.Core.Conversations;
using Bot.Core.Deadlines;
using Bot.Core.Digests;
using Bot.Core.Drive;
using Bot.Core.Employees;
using Bot.Core.Filings;
using Bot.Core.Firm;
using Bot.Core.Indicators;
using Bot.Core.Menus;
using Bot.Core.Notifications;
using Bot.Core.Requests;
using Bot.Core.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Core;

public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddBotCore(this IServiceCollection services)
    {
        services.AddOptions<FirmOptions>().BindConfiguration(FirmOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FirmOptions>, FirmOptionsValidation>();
        services.AddOptions<AdministratorsOptions>().BindConfiguration(AdministratorsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdministratorsOptions>, AdministratorsOptionsValidation>();

        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidation>();
        services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChatOptions>, ChatOptionsValidation>();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidation>();
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CalendarOptions>, CalendarOptionsValidation>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AccessPolicy>();
        services.AddScoped<CommandHandler>();
        services.AddScoped<MenuButtonHandler>();
        services.AddSingleton<TaskAccess>();
        services.AddScoped<RequestFormRunner>();
        services.AddScoped<NoteFormRunner>();
        services.AddScoped<TaskOutcomes>();
        services.AddScoped<StaffTasks>();
        services.AddScoped<TaskReplies>();
        services.AddSingleton<DriveAccess>();
        services.AddScoped<DriveBrowser>();
        services.AddScoped<DriveUploadRunner>();
        services.AddScoped<DownloadReportRunner>();
        services.AddSingleton<ChatAccess>();
        services.AddScoped<ChatPosting>();
        services.AddScoped<ChatBrowser>();
        services.AddScoped<ChatReplies>();
        services.AddScoped<ChatComposeRunner>();
        services.AddScoped<ForumReplies>();
        services.AddScoped<NotificationSender>();
        services.AddScoped<NotificationCards>();
        services.AddScoped<NotificationAnswers>();
        services.AddScoped<NotifyFormRunner>();
        services.AddScoped<NotificationReminders>();
        services.AddSingleton<FilingAccess>();
        services.AddScoped<FilingsBrowser>();
        services.AddSingleton<IndicatorAccess>();
        services.AddScoped<IndicatorsBrowser>();
        services.AddScoped<IndicatorMessages>();
        services.AddSingleton<CalendarAccess>();
        services.AddScoped<AgendaBuilder>();
        services.AddScoped<CalendarScopes>();
        services.AddScoped<CalendarFeedScreens>();
        services.AddScoped<AgreedEventScreens>();
        services.AddScoped<TaxProfileScreens>();
        services.AddScoped<CalendarBrowser>();
        services.AddScoped<EventNotices>();
        services.AddScoped<EventFormRunner>();
        services.AddScoped<EventReminders>();
        services.AddScoped<EmployeesBrowser>();
        services.AddScoped<ClientOnboarding>();
        services.AddScoped<NewClientFormRunner>();
        services.AddScoped<AppointFormRunner>();
        services.AddScoped<OnboardingBrowser>();
        services.AddScoped<ServicesBrowser>();
        services.AddScoped<InvitesBrowser>();
        services.AddScoped<DeadlineReminders>();
        services.AddScoped<DigestService>();
        services.AddScoped<ConversationRouter>();
        services.AddScoped<MyRequests>();
        services.AddScoped<CompanySwitcher>();
        services.AddScoped<UpdateRouter>();
        return services;
    }
}
