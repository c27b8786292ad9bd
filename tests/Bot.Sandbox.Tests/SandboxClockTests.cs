using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Demo;
using Bot.Testing.Postgres;
using Microsoft.Extensions.Logging;

namespace Bot.Sandbox.Tests;

/// <summary>The sandbox's clock control: «к 09:00» and «+1 рабочий день» move the demo's time by the production calendar
/// and run what that time brings: the heads' morning digest.</summary>
public sealed class SandboxClockTests : IAsyncLifetime
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly TestDatabase database = new() { Migrate = false };
    private readonly string folder = Directory.CreateTempSubdirectory("sandbox-clock-").FullName;
    private DemoApp demo = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        demo = await DemoApp.StartAsync(new DemoSettings(database.ConnectionString, folder, "http://127.0.0.1:0"), logging => logging.ClearProviders());
    }

    public async Task DisposeAsync()
    {
        await demo.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_clock_moves_to_the_next_working_morning_and_then_a_working_day_on()
    {
        using var http = new HttpClient { BaseAddress = demo.SandboxUrl };
        var before = await NowAsync(await http.GetAsync(new Uri("api/clock", UriKind.Relative)));

        var morning = await NowAsync(await MoveAsync(http, "workday-start"));
        var digest = await demo.Person("schetova").WaitForMessageAsync(
            m => m.Text?.StartsWith($"📊 Сводка на {morning:dd.MM.yyyy}", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(10), "the morning digest at once");
        var dayOn = await NowAsync(await MoveAsync(http, "next-working-day"));
        using var wrong = await MoveAsync(http, "back");

        Assert.True(morning > before, $"{morning} after {before}");
        Assert.Equal((9, 0), (morning.Hour, morning.Minute));
        Assert.True(morning - before < TimeSpan.FromDays(5), $"{morning} is the next working morning after {before}");
        Assert.NotEqual(DayOfWeek.Saturday, morning.DayOfWeek);
        Assert.NotEqual(DayOfWeek.Sunday, morning.DayOfWeek);
        Assert.Equal((9, 0), (dayOn.Hour, dayOn.Minute));
        Assert.True(dayOn.Date > morning.Date && dayOn.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday, $"{dayOn} is the working day after {morning}");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Бухгалтерия", digest.Text, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient http, string move) => http.PostAsJsonAsync(new Uri("api/clock", UriKind.Relative), new { move });

    /// <summary>The demo's time in the firm's zone, as the page shows it.</summary>
    private static async Task<DateTimeOffset> NowAsync(HttpResponseMessage response)
    {
        using (response)
        {
            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return DateTimeOffset.ParseExact(body.RootElement.GetProperty("now").GetString()!, "yyyy-MM-ddTHH:mm:sszzz", Invariant);
        }
    }
}
