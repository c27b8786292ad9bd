using Dapper;
using Npgsql;

namespace Bot.Storage.Firm;

/// <summary>The firm's staff and the departments they work in.</summary>
public sealed class StaffRepository(NpgsqlDataSource dataSource)
{
    public async Task<int> AddAsync(string login, string fullName, bool isAdmin, IReadOnlyList<string> departments, DateTimeOffset now, CancellationToken cancellationToken)
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
        await connection.ExecuteAsync(new CommandDefinition(joinDepartments, new { StaffId = id, Departments = departments.ToArray() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return id;
    }
}
