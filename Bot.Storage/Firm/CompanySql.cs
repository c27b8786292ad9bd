namespace Bot.Storage.Firm;

/// <summary>The one statement that creates a client company, by command or by «Новый клиент» (its drive folders follow from
/// the database's trigger): the two ways give the same row.</summary>
internal static class CompanySql
{
    /// <summary>Parameters: <c>@Name</c>, <c>@Inn</c>, <c>@Now</c>; returns the company's id.</summary>
    public const string Insert = "INSERT INTO companies (name, inn, created_at) VALUES (@Name, @Inn, @Now) RETURNING id";
}
