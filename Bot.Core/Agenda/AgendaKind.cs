namespace Bot.Core.Agenda;

public enum AgendaKind
{
    /// <summary>An event agreed with the firm.</summary>
    Event,

    /// <summary>The deadline of an open request.</summary>
    Deadline,

    /// <summary>A tax or reporting date of the company.</summary>
    Tax,
}
