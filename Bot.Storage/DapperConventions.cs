using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Dapper;

namespace Bot.Storage;

/// <summary>snake_case columns map to PascalCase properties. Set when this assembly loads, so every
/// repository gets it however it was constructed (by DI or directly in a test).</summary>
internal static class DapperConventions
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Dapper's mapping is process-wide; this assembly is its only user.")]
    internal static void Apply() => DefaultTypeMap.MatchNamesWithUnderscores = true;
}
