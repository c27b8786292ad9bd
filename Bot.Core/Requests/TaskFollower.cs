namespace Bot.Core.Requests;

/// <summary>A client employee who hears of a request as its requester does: following this one request, or every request
/// of the company (<see cref="AllOfCompany"/>, set by the company's PMs).</summary>
public sealed record TaskFollower(long UserId, string? LanguageCode, bool AllOfCompany);
