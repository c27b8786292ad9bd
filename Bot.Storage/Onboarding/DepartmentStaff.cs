using Bot.Core.Onboarding;
using Bot.Core.Requests;
using Bot.Storage.Connection;

namespace Bot.Storage.Onboarding;

public sealed class DepartmentStaff(DbSession session) : IDepartmentStaff
{
    public async Task<IReadOnlyList<StaffChoice>> StaffOfAsync(int departmentId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT s.id AS staff_id, s.full_name AS name
            FROM staff_departments sd JOIN staff s ON s.id = sd.staff_id
            WHERE sd.department_id = @DepartmentId AND s.blocked_at IS NULL
            ORDER BY s.full_name, s.id
            """;
        return [.. await session.QueryAsync<StaffChoice>(sql, new { DepartmentId = departmentId }, cancellationToken)];
    }
}
