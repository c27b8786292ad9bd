namespace Bot.Core.Employees;

/// <summary>A company's employees, in the update's (or the command's) transaction.</summary>
public interface IClientEmployees
{
    Task<IReadOnlyList<ClientEmployee>> ListAsync(int companyId, CancellationToken cancellationToken);

    /// <summary>Ends the person's membership at once (their requests and messages stay); false when they were not in the company.</summary>
    Task<bool> RemoveAsync(int companyId, int employeeId, CancellationToken cancellationToken);

    /// <summary>Makes the employee follow every request of the company, or stop; false when they are not in it.</summary>
    Task<bool> FollowAllAsync(int companyId, int employeeId, bool follow, DateTimeOffset now, CancellationToken cancellationToken);
}
