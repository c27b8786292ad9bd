namespace Bot.Core.Requests;

/// <summary>The status as the database keeps it (<c>service_tasks.status</c>).</summary>
public static class RequestStatusCodes
{
    public static string Of(RequestStatus status) => status.ToString().ToLowerInvariant();

    public static RequestStatus Parse(string code) => Enum.Parse<RequestStatus>(code, ignoreCase: true);
}
