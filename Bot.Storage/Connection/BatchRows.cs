using Dapper;
using Npgsql;

namespace Bot.Storage.Connection;

/// <summary>The rows of a batch's current result set, mapped as Dapper maps a query's.</summary>
public static class BatchRows
{
    public static async Task<List<T>> ReadAsync<T>(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        var parse = reader.GetRowParser<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(parse(reader));
        }

        return rows;
    }
}
