namespace Bot.Core.Agenda;

/// <summary>One line of the calendar, in the user's language: on <see cref="Date"/> (at <see cref="At"/> in the firm's
/// time zone, or all day). <see cref="Uid"/> stays the same across exports; <see cref="Sequence"/> grows when it moves.</summary>
public sealed record AgendaItem(
    DateOnly Date, TimeOnly? At, AgendaKind Kind, string Title, string Detail, string Uid, int Sequence, int CompanyId, string CompanyName, long? TaskId = null, string Source = "");
