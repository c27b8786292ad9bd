using Bot.Core.Drive;
using Bot.Core.Firm;
using Bot.Core.Indicators;
using Bot.Host.Indicators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The reports, for the bot and for the administrators' commands (which need the firm's time zone too).</summary>
    public static IServiceCollection AddBotReports(this IServiceCollection services)
    {
        services.AddOptions<FirmOptions>().BindConfiguration(FirmOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DownloadReportBuilder>();
        services.AddScoped<IDownloadReport>(provider => provider.GetRequiredService<DownloadReportBuilder>());
        services.AddScoped<ChatExportBuilder>();
        services.AddSingleton<IIndicatorChart, IndicatorChartRenderer>();
        return services;
    }
}
