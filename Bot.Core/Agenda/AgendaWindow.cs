using Bot.Core.Calendar;

namespace Bot.Core.Agenda;

/// <summary>The calendar's days from <see cref="From"/> to <see cref="To"/>: their items in order, and the companies
/// whose tax dates could not be shown for want of a tax profile.</summary>
public sealed record AgendaWindow(DateOnly From, DateOnly To, IReadOnlyList<AgendaItem> Items, IReadOnlyList<int> WithoutProfile, WorkCalendar Calendar);
