using Bot.Core.Calendar;
using Bot.Core.FileImport;
using Bot.Core.Firm;
using Bot.Core.Taxes;
using Bot.Host.Taxes;
using Bot.Storage.Calendar;

namespace Bot.EndToEnd.Tests;

/// <summary>The shipped tax calendar against dates worked out here by hand from the 2026 decree's days off:
/// statutory dates on days off move to the next working day, «last working day» dates move back, and each
/// company sees only what concerns it.</summary>
public sealed class TaxCalendarTests
{
    private const string OrganisationInn = "7707083893";
    private const string EntrepreneurInn = "500100732259";

    /// <summary>Days off of 2026 besides Saturdays and Sundays (Government decree No. 1466 of 24.09.2025), written out here.</summary>
    private static readonly HashSet<DateOnly> Holidays2026 =
    [
        new(2026, 1, 1), new(2026, 1, 2), new(2026, 1, 5), new(2026, 1, 6), new(2026, 1, 7), new(2026, 1, 8), new(2026, 1, 9),
        new(2026, 2, 23), new(2026, 3, 9), new(2026, 5, 1), new(2026, 5, 11), new(2026, 6, 12), new(2026, 11, 4), new(2026, 12, 31),
    ];

    private static readonly TaxSchedule Shipped = ShippedTaxCalendar.Load();

    private static readonly WorkCalendar Calendar = new(ShippedCalendars.All().Select(c => c.Year), new FirmOptions(), TimeProvider.System);

    public static TheoryData<string, string, TaxRegime, bool, string, string> Moves => new()
    {
        // ИНН, obligation, regime, employer, statutory date, due date
        { OrganisationInn, "usn-tax-organisation", TaxRegime.UsnIncome, false, "2026-03-28", "2026-03-30" },
        { EntrepreneurInn, "usn-declaration-entrepreneur", TaxRegime.UsnIncome, false, "2026-04-25", "2026-04-27" },
        { OrganisationInn, "usn-declaration-organisation", TaxRegime.UsnIncomeExpense, false, "2026-03-25", "2026-03-25" },
        { OrganisationInn, "rsv", TaxRegime.Osno, true, "2026-01-25", "2026-01-26" },
        { OrganisationInn, "6-ndfl", TaxRegime.Osno, true, "2026-07-25", "2026-07-27" },
        { OrganisationInn, "6-ndfl", TaxRegime.Osno, true, "2026-10-25", "2026-10-26" },
        { OrganisationInn, "vat-pay", TaxRegime.Osno, false, "2026-02-28", "2026-03-02" },
        { OrganisationInn, "vat-pay", TaxRegime.Osno, false, "2026-06-28", "2026-06-29" },
        { OrganisationInn, "ndfl-pay-2", TaxRegime.Osno, true, "2026-05-05", "2026-05-05" },
        { OrganisationInn, "ndfl-notice-2", TaxRegime.UsnIncome, true, "2026-01-03", "none" },
        { EntrepreneurInn, "entrepreneur-insurance-fixed", TaxRegime.Psn, false, "2026-12-28", "2026-12-28" },
        { OrganisationInn, "accounting-statements", TaxRegime.Ausn, false, "2026-03-31", "2026-03-31" },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void A_statutory_date_on_a_day_off_is_due_the_next_working_day(string inn, string code, TaxRegime regime, bool employer, string statutory, string due)
    {
        var items = Shipped.For(inn, new TaxProfile(regime, employer), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Calendar)
            .Where(item => item.Obligation.Code == code && item.Date.Statutory == Day(statutory)).ToList();

        if (due == "none")
        {
            Assert.Empty(items);
            return;
        }

        var item = Assert.Single(items);
        Assert.Equal(Day(due), item.Due);
        Assert.Equal(NextWorkingDay(Day(statutory)), item.Due);
    }

    [Fact]
    public void Every_date_of_2026_is_the_statutory_one_or_the_first_working_day_after_it()
    {
        var all = Shipped.Years.Single(y => y.Year == 2026).Obligations.SelectMany(o => o.Dates).ToList();

        Assert.All(all, date => Assert.Equal(
            date.MovesBack ? PreviousWorkingDay(date.Statutory) : NextWorkingDay(date.Statutory), TaxSchedule.DueDate(date, Calendar)));
        Assert.Contains(all, date => date.Statutory != NextWorkingDay(date.Statutory));
    }

    [Fact]
    public void Tax_withheld_at_the_end_of_December_is_due_the_last_working_day_before_the_New_Year_holidays()
    {
        var items = Shipped.For(OrganisationInn, new TaxProfile(TaxRegime.Osno, Employer: true), new DateOnly(2026, 12, 29), new DateOnly(2027, 1, 15), Calendar);

        var december = items.Where(item => item.Obligation.Code is "ndfl-notice-2" or "ndfl-pay-2" && item.Date.Statutory == new DateOnly(2026, 12, 31)).ToList();
        Assert.Equal(2, december.Count);
        Assert.All(december, item => Assert.Equal(new DateOnly(2026, 12, 30), item.Due));
    }

    [Fact]
    public void A_date_inside_the_New_Year_holidays_moves_past_all_of_them()
    {
        var year = TaxCalendarReader.Read("""
            year: 2026
            obligations:
              - { code: probe, title: Проба, title_en: Probe, source: НК РФ ст. 6.1 п. 7, payer: any, regimes: [osno], dates: [{ due: 01-05, period: 2025-12 }] }
            """);

        var item = Assert.Single(new TaxSchedule([year]).For(OrganisationInn, new TaxProfile(TaxRegime.Osno, false), new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), Calendar));
        Assert.Equal(new DateOnly(2026, 1, 12), item.Due);
        Assert.Equal(NextWorkingDay(new DateOnly(2026, 1, 5)), item.Due);
    }

    [Fact]
    public void An_entrepreneur_on_USN_income_without_staff_sees_only_the_simplified_tax_and_own_contributions()
    {
        var codes = CodesFor(EntrepreneurInn, new TaxProfile(TaxRegime.UsnIncome, Employer: false));

        Assert.Equal(
            ["entrepreneur-insurance-1pct", "entrepreneur-insurance-fixed", "usn-advance", "usn-declaration-entrepreneur", "usn-notice", "usn-tax-entrepreneur"],
            codes);
    }

    [Fact]
    public void An_employer_organisation_on_the_general_regime_sees_payroll_VAT_profit_tax_and_statements_but_nothing_of_the_simplified_regime()
    {
        var codes = CodesFor(OrganisationInn, new TaxProfile(TaxRegime.Osno, Employer: true));

        Assert.Equal(
            ["6-ndfl", "accounting-statements", "efs-1-injury", "efs-1-service", "insurance-notice", "insurance-pay", "ndfl-notice-1", "ndfl-notice-2",
             "ndfl-pay-1", "ndfl-pay-2", "personal-data", "profit-declaration", "profit-tax", "rsv", "vat-declaration", "vat-pay"],
            codes);
    }

    [Fact]
    public void The_same_organisation_without_staff_has_no_payroll_dates()
    {
        Assert.Equal(
            ["accounting-statements", "profit-declaration", "profit-tax", "vat-declaration", "vat-pay"],
            CodesFor(OrganisationInn, new TaxProfile(TaxRegime.Osno, Employer: false)));
    }

    [Fact]
    public void The_next_year_is_shipped_as_provisional_and_its_items_say_so()
    {
        var items = Shipped.For(OrganisationInn, new TaxProfile(TaxRegime.UsnIncome, false), new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 30), Calendar);

        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.True(item.Provisional));
        Assert.False(Shipped.Years.Single(y => y.Year == 2026).Provisional);
    }

    [Fact]
    public void A_file_with_a_wrong_date_or_regime_is_refused_whole_with_every_problem_named()
    {
        var refused = Assert.Throws<InvalidFileException>(() => TaxCalendarReader.Read("""
            year: 2026
            obligations:
              - { code: a, title: А, title_en: A, source: НК, payer: any, regimes: [usn], dates: [{ due: 02-30, period: 2025 }] }
              - { code: b, title: Б, title_en: B, source: НК, payer: nobody, regimes: [osno], dates: [{ due: 03-01, period: 2025-Q5 }] }
            """));

        Assert.Equal(4, refused.Problems.Count);
        Assert.Contains(refused.Problems, p => p.Contains("regime usn", StringComparison.Ordinal));
        Assert.Contains(refused.Problems, p => p.Contains("due 02-30", StringComparison.Ordinal));
        Assert.Contains(refused.Problems, p => p.Contains("payer", StringComparison.Ordinal));
        Assert.Contains(refused.Problems, p => p.Contains("2025-Q5", StringComparison.Ordinal));
    }

    private static string[] CodesFor(string inn, TaxProfile profile) =>
        [.. Shipped.For(inn, profile, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Calendar).Select(item => item.Obligation.Code).Distinct().Order(StringComparer.Ordinal)];

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsDayOff(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || Holidays2026.Contains(date);

    private static DateOnly NextWorkingDay(DateOnly date)
    {
        while (IsDayOff(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly PreviousWorkingDay(DateOnly date)
    {
        while (IsDayOff(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}
