namespace Bot.Core.Agenda;

/// <summary>The section <c>Calendar</c>: the address the host is reached at from the internet, from which personal
/// calendar feeds are served (<c>{PublicUrl}/calendar/{token}.ics</c>); empty turns subscriptions off.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    public string PublicUrl { get; set; } = "";
}
