namespace Bot.Core.Taxes;

/// <summary>One statutory date of an obligation and the period it is for. A date on a day off moves to the next
/// working day (НК РФ ст. 6.1 п. 7); a «last working day» date (<see cref="MovesBack"/>) to the one before.</summary>
public sealed record TaxDate(DateOnly Statutory, TaxPeriod Period, bool MovesBack = false);
