namespace Bot.Core.Firm;

/// <summary>The firm this deployment serves: its name and phone appear in the bot's texts; deadlines
/// are counted in its time zone and working hours.</summary>
public sealed class FirmOptions
{
    public const string Section = "Firm";
    public const string DefaultName = "Бухгалтерская фирма";

    /// <summary>Shown in every greeting; until configured, a neutral name that the start-up log warns about.</summary>
    public string Name { get; set; } = DefaultName;

    public string Phone { get; set; } = "";

    public string TimeZone { get; set; } = "Europe/Moscow";

    public TimeOnly WorkdayStart { get; set; } = new(9, 0);

    public TimeOnly WorkdayEnd { get; set; } = new(18, 0);

    /// <summary>The firm's colour, #RRGGBB: the charts (indicators, the digest) are drawn in it.</summary>
    public string AccentColor { get; set; } = "#1F6FEB";
}
