using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Catalog;
using Bot.Core.Chat;
using Bot.Core.Conversations;
using Bot.Core.Deadlines;
using Bot.Core.Digests;
using Bot.Core.Drive;
using Bot.Core.Invites;
using Bot.Core.Requests;
using Bot.Core.Users;
using Bot.Storage.Access;
using Bot.Storage.Calendar;
using Bot.Storage.Catalog;
using Bot.Storage.Chat;
using Bot.Storage.Conversations;
using Bot.Storage.Deadlines;
using Bot.Storage.Digests;
using Bot.Storage.Drive;
using Bot.Storage.Connection;
using Bot.Storage.Files;
using Bot.Storage.Firm;
using Bot.Storage.Housekeeping;
using Bot.Storage.Inbox;
using Bot.Storage.Invites;
using Bot.Storage.Leadership;
using Bot.Storage.Migrations;
using Bot.Storage.Outbox;
using Bot.Storage.Requests;
using Bot.Storage.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddBotStorage(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidation>();
        services.AddSingleton(provider => BotDataSource.Create(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Cabinet));
        services.AddSingleton<SchemaMigrator>();
        services.AddOptions<FileStoreOptions>().BindConfiguration(FileStoreOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FileStoreOptions>, FileStoreOptionsValidation>();
        services.AddSingleton<ContentStore>();
        services.AddScoped<StoredFileRepository>();
        services.AddScoped<DbSession>();
        services.AddScoped<IUserActivityStore, UserActivityRepository>();
        services.AddSingleton<InboxWriter>();
        services.AddScoped<InboxClaims>();
        services.AddScoped<OutboxWriter>();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<AdvisoryLocks>();
        services.AddSingleton<InstanceRegistry>();
        services.AddSingleton<RetentionRepository>();
        services.AddSingleton<CalendarRepository>();
        services.AddSingleton<CalendarSeeder>();
        services.AddSingleton<IWorkCalendarSource, WorkCalendarSource>();
        services.AddScoped<CalendarGapNotices>();
        services.AddSingleton<CatalogRepository>();
        services.AddSingleton<DepartmentRepository>();
        services.AddSingleton<StaffRepository>();
        services.AddScoped<StaffBlocking>();
        services.AddSingleton<CompanyRepository>();
        services.AddSingleton<CompanyServicesRepository>();
        services.AddSingleton<MembershipRepository>();
        services.AddSingleton<ICompanyCatalog>(provider => provider.GetRequiredService<CompanyServicesRepository>());
        services.AddScoped<IIdentityStore, IdentityRepository>();
        services.AddScoped<ICompanyChoice, ChosenCompanies>();
        services.AddSingleton<IClientCompanies, ClientCompanies>();
        services.AddScoped<IInviteRedeemer, InviteRedemptions>();
        services.AddSingleton<InviteRepository>();
        services.AddScoped<IConversationStore, ConversationRepository>();
        services.AddScoped<IRequestSubmitter, RequestSubmitter>();
        services.AddScoped<ITaskQueries, TaskQueries>();
        services.AddScoped<ITaskComments, TaskComments>();
        services.AddScoped<ITaskWork, TaskWork>();
        services.AddScoped<ITaskThreads, TaskThreads>();
        services.AddScoped<IDrive, DriveRepository>();
        services.AddScoped<ICompanyChat, CompanyChatRepository>();
        services.AddScoped<ChatExportReader>();
        services.AddScoped<DriveAuditReader>();
        services.AddScoped<IDeadlineNotices, DeadlineNoticeRepository>();
        services.AddScoped<IDigestStore, DigestRepository>();
        return services;
    }
}
