using Dapper;
using Npgsql;

namespace Bot.Storage.Firm;

/// <summary>The firm's staff and the departments they work in.</summary>
public sealed class StaffRepository(NpgsqlDataSource dataSource)
{
    /// <summary>Null, and nothing added, when one of the departments does not exist.</summary>
    public async Task<int?> AddAsync(string login, string fullName, bool isAdmin, IReadOnlyList<string> departments, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string insertStaff = """
            INSERT INTO staff (login, full_name, is_admin, created_at) VALUES (@Login, @FullName, @IsAdmin, @Now)
            RETURNING id
            """;
        const string joinDepartments = """
            INSERT INTO staff_departments (staff_id, department_id)
            SELECT @StaffId, d.id FROM departments d WHERE d.code = ANY(@Departments)
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<int>(new CommandDefinition(insertStaff, new { Login = login, FullName = fullName, IsAdmin = isAdmin, Now = now }, transaction, cancellationToken: cancellationToken));
        var codes = departments.Distinct(StringComparer.Ordinal).ToArray();
        if (await connection.ExecuteAsync(new CommandDefinition(joinDepartments, new { StaffId = id, Departments = codes }, transaction, cancellationToken: cancellationToken)) != codes.Length)
        {
            return null;
        }

        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task<IReadOnlyList<StaffEntry>> ListAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT s.login, s.full_name, s.is_admin,
                   coalesce(string_agg(d.code, ',' ORDER BY d.code), '') AS departments,
                   s.telegram_user_id IS NOT NULL AS in_telegram, s.blocked_at IS NOT NULL AS blocked
            FROM staff s
            LEFT JOIN staff_departments sd ON sd.staff_id = s.id
            LEFT JOIN departments d ON d.id = sd.department_id
            GROUP BY s.id
            ORDER BY s.login
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<StaffEntry>(new CommandDefinition(sql, cancellationToken: cancellationToken))];
    }

    /// <summary>Blocks (the account loses the staff role at once) or unblocks a staff member; false when there is no such login.</summary>
    public async Task<bool> SetBlockedAsync(string login, bool blocked, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE staff SET blocked_at = CASE WHEN @Blocked THEN coalesce(blocked_at, @Now) END WHERE login = @Login";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { Login = login, Blocked = blocked, Now = now }, cancellationToken: cancellationToken)) == 1;
    }
}
