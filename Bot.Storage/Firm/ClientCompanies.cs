using Bot.Core.Access;
using Dapper;
using Npgsql;

namespace Bot.Storage.Firm;

public sealed class ClientCompanies(NpgsqlDataSource dataSource) : IClientCompanies
{
    public async Task<IReadOnlyList<ClientCompany>> AllAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT c.id, c.name, c.inn,
                   ARRAY(SELECT d.name || ': ' || s.full_name FROM company_projects p
                         JOIN departments d ON d.id = p.department_id JOIN staff s ON s.id = p.pm_staff_id
                         WHERE p.company_id = c.id ORDER BY p.is_main DESC, d.name) AS projects
            FROM companies c
            WHERE c.archived_at IS NULL
            ORDER BY c.name
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. (await connection.QueryAsync<Row>(new CommandDefinition(sql, cancellationToken: cancellationToken))).Select(row => new ClientCompany(row.Id, row.Name, row.Inn, row.Projects))];
    }

    private sealed class Row
    {
        public int Id { get; init; }

        public string Name { get; init; } = "";

        public string Inn { get; init; } = "";

        public string[] Projects { get; init; } = [];
    }
}
