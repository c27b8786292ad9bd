using System.Text.Json;
using Bot.Core.Catalog;
using Dapper;
using Npgsql;

namespace Bot.Storage.Catalog;

/// <summary>The service catalog, imported whole in one transaction: categories and services are matched by
/// code and updated in place, those missing from the file are archived (never deleted: the companies'
/// lists and past tasks refer to them), and nothing of a company's own list is touched.</summary>
public sealed class CatalogRepository(NpgsqlDataSource dataSource)
{
    public async Task<CatalogImportSummary> ImportAsync(CatalogFile catalog, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var categories = catalog.Categories;
        var services = categories.SelectMany((category, position) => category.Services.Select((service, index) => (Category: category.Code, Service: service, Position: (position * 1000) + index))).ToList();
        await connection.ExecuteAsync(new CommandDefinition(CatalogSql.UpsertCategories, new
        {
            Codes = categories.Select(category => category.Code).ToArray(),
            Titles = categories.Select(category => category.Title).ToArray(),
            Departments = categories.Select(category => category.DepartmentCode).ToArray(),
            Positions = categories.Select((_, position) => position).ToArray(),
        }, transaction, cancellationToken: cancellationToken));
        var inserted = (await connection.QueryAsync<bool>(new CommandDefinition(CatalogSql.UpsertServices, new
        {
            Codes = services.Select(row => row.Service.Code).ToArray(),
            Categories = services.Select(row => row.Category).ToArray(),
            Titles = services.Select(row => row.Service.Title).ToArray(),
            Descriptions = services.Select(row => row.Service.Description).ToArray(),
            Planned = services.Select(row => row.Service.Terms.PlannedWorkingDays).ToArray(),
            Hard = services.Select(row => row.Service.Terms.HardWorkingDays).ToArray(),
            FileRequired = services.Select(row => row.Service.FileRequired).ToArray(),
            Responsible = services.Select(row => row.Service.Responsible).ToArray(),
            Checklists = services.Select(row => JsonSerializer.Serialize(row.Service.Checklist)).ToArray(),
            Regulations = services.Select(row => JsonSerializer.Serialize(row.Service.Regulations)).ToArray(),
            Positions = services.Select(row => row.Position).ToArray(),
        }, transaction, cancellationToken: cancellationToken))).ToList();
        await connection.ExecuteAsync(new CommandDefinition(CatalogSql.LinkChains, new
        {
            Codes = services.Select(row => row.Service.Code).ToArray(),
            WaitsFor = services.Select(row => row.Service.WaitsFor).ToArray(),
        }, transaction, cancellationToken: cancellationToken));
        var codes = new { Categories = categories.Select(category => category.Code).ToArray(), Services = services.Select(row => row.Service.Code).ToArray(), Now = now };
        var archived = await connection.ExecuteAsync(new CommandDefinition(CatalogSql.ArchiveMissingServices, codes, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(CatalogSql.ArchiveMissingCategories, codes, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new CatalogImportSummary(inserted.Count(isNew => isNew), inserted.Count(isNew => !isNew), archived);
    }

    /// <summary>The catalog in use (archived entries left out), in the file's order.</summary>
    public async Task<CatalogFile> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<CatalogRow>(new CommandDefinition(CatalogSql.Load, cancellationToken: cancellationToken))).ToList();
        return new CatalogFile([.. rows.GroupBy(row => (row.CategoryCode, row.CategoryTitle, row.DepartmentCode)).Select(group => new CatalogCategory(
            group.Key.CategoryCode, group.Key.CategoryTitle, group.Key.DepartmentCode, [.. group.Where(row => row.Code is not null).Select(row => row.ToTemplate())]))]);
    }

    public async Task<IReadOnlySet<string>> DepartmentCodesAsync(CancellationToken cancellationToken) =>
        await CodesAsync("SELECT code FROM departments", cancellationToken);

    public async Task<IReadOnlySet<string>> StaffLoginsAsync(CancellationToken cancellationToken) =>
        await CodesAsync("SELECT login FROM staff WHERE blocked_at IS NULL", cancellationToken);

    private async Task<IReadOnlySet<string>> CodesAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(sql, cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);
    }
}
