using Bot.Core.Agenda;
using Bot.Host.Taxes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Agenda;

public static class AgendaServiceCollectionExtensions
{
    /// <summary>The calendar's adapters: the shipped tax calendar (read, and checked, at start), the .ics writer and the feed endpoint.</summary>
    public static IServiceCollection AddBotCalendar(this IServiceCollection services)
    {
        // Read while the host is composed: a broken file stops the start with its problems, not a client's first «Календарь».
        services.AddSingleton(ShippedTaxCalendar.Load());
        services.AddSingleton<ICalendarFile, IcsCalendarFile>();
        services.AddScoped<CalendarFeedEndpoint>();
        return services;
    }
}
