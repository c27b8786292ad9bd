using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Host.Filings;

public static class FilingsServiceCollectionExtensions
{
    /// <summary>The filings' import and its HTTP endpoint.</summary>
    public static IServiceCollection AddBotFilings(this IServiceCollection services)
    {
        services.AddOptions<FilingsOptions>().BindConfiguration(FilingsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FilingsOptions>, FilingsOptionsValidation>();
        services.AddSingleton<FilingImporter>();
        services.AddSingleton<FilingsEndpoint>();
        return services;
    }
}
