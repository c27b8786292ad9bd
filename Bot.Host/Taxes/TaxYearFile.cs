namespace Bot.Host.Taxes;

/// <summary>The shape of a tax calendar file (see taxcalendar/README.md), as YamlDotNet reads it.</summary>
internal sealed class TaxYearFile
{
    public int Year { get; set; }

    public bool Provisional { get; set; }

    public List<ObligationEntry> Obligations { get; set; } = [];

    internal sealed class ObligationEntry
    {
        public string? Code { get; set; }

        public string? Title { get; set; }

        public string? TitleEn { get; set; }

        public string? Source { get; set; }

        public string? Payer { get; set; }

        public List<string> Regimes { get; set; } = [];

        public bool Employer { get; set; }

        public MonthlyEntry? Monthly { get; set; }

        public List<DateEntry> Dates { get; set; } = [];
    }

    internal sealed class MonthlyEntry
    {
        public int Day { get; set; }

        public string? Period { get; set; }

        public List<int>? Months { get; set; }
    }

    internal sealed class DateEntry
    {
        public string? Due { get; set; }

        public string? Period { get; set; }

        public string? Move { get; set; }
    }
}
