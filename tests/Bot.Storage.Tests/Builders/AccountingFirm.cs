using Bot.Core.Catalog;
using Bot.Core.Deadlines;
using Bot.Storage.Catalog;
using Bot.Storage.Firm;
using Dapper;
using Npgsql;

namespace Bot.Storage.Tests.Builders;

/// <summary>A small firm in the bot: the accounting department headed by Орлов (Telegram 9001), Иванова
/// (Telegram 7001) the main PM of ООО «Ромашка», and the services «usn» and «close-year», which waits for it.</summary>
internal static class AccountingFirm
{
    public const long IvanovaUserId = 7001;
    public const long OrlovUserId = 9001;

    /// <summary>ООО «Ромашка»'s id.</summary>
    public static async Task<int> SetUpAsync(NpgsqlDataSource dataSource, DateTimeOffset now)
    {
        var staff = new StaffRepository(dataSource);
        await staff.AddAsync("ivanova", "Иванова Мария", isAdmin: false, ["accounting"], now, CancellationToken.None);
        await staff.AddAsync("orlov", "Орлов Пётр", isAdmin: false, ["accounting"], now, CancellationToken.None);
        await new CatalogRepository(dataSource).ImportAsync(new CatalogFile([
            new CatalogCategory("accounting", "Бухгалтерия", "accounting", [
                new("usn", "Декларация УСН", "", new ServiceTerms(5, 10), false, null, [], [], null),
                new("close-year", "Закрытие года", "", new ServiceTerms(10, 15), false, "usn", [], [], null)]),
        ]), now, CancellationToken.None);
        var companies = new CompanyRepository(dataSource);
        var romashka = await companies.AddAsync("ООО «Ромашка»", "7707083893", now, CancellationToken.None);
        await companies.AddProjectAsync(romashka, "accounting", "ivanova", isMain: true, CancellationToken.None);
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            UPDATE staff SET telegram_user_id = @Ivanova WHERE login = 'ivanova';
            UPDATE staff SET telegram_user_id = @Orlov WHERE login = 'orlov';
            UPDATE departments SET head_staff_id = (SELECT id FROM staff WHERE login = 'orlov') WHERE code = 'accounting';
            """, new { Ivanova = IvanovaUserId, Orlov = OrlovUserId });
        return romashka;
    }
}
