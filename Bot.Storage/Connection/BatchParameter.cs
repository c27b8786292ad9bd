using Npgsql;
using NpgsqlTypes;

namespace Bot.Storage.Connection;

/// <summary>Typed parameters for statements sent in an <see cref="NpgsqlBatch"/> (which Dapper does not
/// build): the type is always given, so a null still tells PostgreSQL what it stands for.</summary>
public static class BatchParameter
{
    public static NpgsqlParameter Of(string name, object? value, NpgsqlDbType type) => new(name, type) { Value = value ?? DBNull.Value };
}
