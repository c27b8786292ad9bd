using Bot.Core.Employees;

namespace Bot.Core.Tests.Builders;

/// <summary>Companies' employees kept in memory, by company.</summary>
internal sealed class InMemoryEmployees : IClientEmployees
{
    public Dictionary<int, List<ClientEmployee>> Of { get; } = [];

    public Task<IReadOnlyList<ClientEmployee>> ListAsync(int companyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ClientEmployee>>(Of.TryGetValue(companyId, out var list) ? [.. list] : []);

    public Task<bool> RemoveAsync(int companyId, int employeeId, CancellationToken cancellationToken) =>
        Task.FromResult(Of.TryGetValue(companyId, out var list) && list.RemoveAll(e => e.Id == employeeId) == 1);

    public Task<bool> FollowAllAsync(int companyId, int employeeId, bool follow, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var i = Of.TryGetValue(companyId, out var list) ? list.FindIndex(e => e.Id == employeeId) : -1;
        if (i >= 0)
        {
            list![i] = list[i] with { FollowsAll = follow };
        }

        return Task.FromResult(i >= 0);
    }
}
