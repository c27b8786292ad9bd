using Dapper;
using Npgsql;

namespace Bot.Storage.Firm;

/// <summary>The firm's departments (HR, Бухгалтерия, Консалтинг to begin with) and their heads.</summary>
public sealed class DepartmentRepository(NpgsqlDataSource dataSource)
{
    public async Task AddAsync(string code, string name, CancellationToken cancellationToken)
    {
        const string sql = "INSERT INTO departments (code, name) VALUES (@Code, @Name)";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { Code = code, Name = name }, cancellationToken: cancellationToken));
    }

    /// <summary>False when there is no such department or staff member.</summary>
    public async Task<bool> SetHeadAsync(string code, string login, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE departments d SET head_staff_id = s.id FROM staff s WHERE d.code = @Code AND s.login = @Login";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { Code = code, Login = login }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<DepartmentEntry>> ListAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT d.code, d.name, s.login AS head
            FROM departments d LEFT JOIN staff s ON s.id = d.head_staff_id
            ORDER BY d.id
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<DepartmentEntry>(new CommandDefinition(sql, cancellationToken: cancellationToken))];
    }
}
