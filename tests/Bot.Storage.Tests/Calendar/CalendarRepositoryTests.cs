using Bot.Core.Calendar;
using Bot.Storage.Calendar;
using Bot.Storage.Connection;
using Bot.Testing.Postgres;

namespace Bot.Storage.Tests.Calendar;

public sealed class CalendarRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private CalendarRepository Repository => new(database.DataSource);

    [Fact]
    public async Task Every_shipped_date_reads_back_from_the_database_as_its_file_says()
    {
        await new CalendarSeeder(Repository).SeedAsync(Now, CancellationToken.None);

        var stored = (await Repository.LoadAsync(CancellationToken.None)).ToDictionary(entry => entry.Year.Year);

        foreach (var (source, year) in ShippedCalendars.All())
        {
            Assert.Equal(source, stored[year.Year].Source);
            Assert.Equal(year.Provisional, stored[year.Year].Year.Provisional);
            Assert.All(year.Dates(), date => Assert.Equal(year.Classify(date), stored[year.Year].Year.Classify(date)));
        }

        Assert.Equal([247, 247, 249], stored.Values.OrderBy(entry => entry.Year.Year).Select(entry => entry.Year.WorkingDayCount()));
    }

    [Fact]
    public async Task Seeding_again_loads_nothing_and_leaves_an_imported_year_alone()
    {
        var seeder = new CalendarSeeder(Repository);
        var first = await seeder.SeedAsync(Now, CancellationToken.None);
        var imported = new CalendarYear(2026, new Dictionary<DateOnly, CalendarMark> { [new(2026, 12, 30)] = CalendarMark.DayOff }, Provisional: false);
        await Repository.ReplaceYearAsync(imported, "admin.xml", Now, CancellationToken.None);

        var second = await seeder.SeedAsync(Now, CancellationToken.None);

        Assert.Equal([2025, 2026, 2027], first);
        Assert.Empty(second);
        var year2026 = (await Repository.LoadAsync(CancellationToken.None)).Single(entry => entry.Year.Year == 2026);
        Assert.Equal(("admin.xml", 1), (year2026.Source, year2026.Year.Marks.Count));
    }

    [Fact]
    public async Task A_provisional_year_in_the_database_gives_way_to_a_final_shipped_one()
    {
        var provisional = new CalendarYear(2026, new Dictionary<DateOnly, CalendarMark>(), Provisional: true);
        await Repository.ReplaceYearAsync(provisional, "draft.xml", Now, CancellationToken.None);

        var loaded = await new CalendarSeeder(Repository).SeedAsync(Now, CancellationToken.None);

        Assert.Contains(2026, loaded);
        var year2026 = (await Repository.LoadAsync(CancellationToken.None)).Single(entry => entry.Year.Year == 2026);
        Assert.False(year2026.Year.Provisional);
        Assert.Equal(247, year2026.Year.WorkingDayCount());
    }

    [Fact]
    public async Task Importing_the_same_year_twice_gives_the_same_year()
    {
        var year = ShippedCalendars.All().Single(entry => entry.Year.Year == 2025).Year;

        await Repository.ReplaceYearAsync(year, "2025.xml", Now, CancellationToken.None);
        var once = (await Repository.LoadAsync(CancellationToken.None)).Single().Year;
        await Repository.ReplaceYearAsync(year, "2025.xml", Now.AddHours(1), CancellationToken.None);
        var twice = (await Repository.LoadAsync(CancellationToken.None)).Single().Year;

        Assert.Equal(once.Marks.OrderBy(mark => mark.Key), twice.Marks.OrderBy(mark => mark.Key));
        Assert.Equal(year.Marks.Count, twice.Marks.Count);
    }

    [Fact]
    public async Task A_missing_years_notice_is_recorded_once()
    {
        await using var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        var notices = new CalendarGapNotices(session);

        var first = await notices.TryRecordAsync(2028, Now, CancellationToken.None);
        var again = await notices.TryRecordAsync(2028, Now.AddDays(1), CancellationToken.None);

        Assert.Equal((true, false), (first, again));
    }
}
