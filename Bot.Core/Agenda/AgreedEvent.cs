namespace Bot.Core.Agenda;

/// <summary>Something a company agreed with the firm: hand over the primary documents, a meeting, a payroll date.
/// <see cref="StartsOn"/> is its (first) date; <see cref="RepeatNumber"/> the day or working day of the month
/// a monthly event recurs on; <see cref="Revision"/> grows with every move, so calendar apps take the new date.</summary>
public sealed record AgreedEvent(
    long Id, int CompanyId, string Title, string Note, DateOnly StartsOn, TimeOnly? At, EventRepeat Repeat, int RepeatNumber, int Revision, string CreatedBy);
