namespace Bot.Core.Access;

/// <summary>One company among the firm's current clients: its name, and whether it still is one (an archived client is not).</summary>
public static class ClientCompanyLookups
{
    public static async Task<string> NameOfAsync(this IClientCompanies companies, int companyId, CancellationToken cancellationToken) =>
        (await companies.AllAsync(cancellationToken)).FirstOrDefault(company => company.Id == companyId)?.Name ?? "";

    public static async Task<bool> IsActiveAsync(this IClientCompanies companies, int companyId, CancellationToken cancellationToken) =>
        (await companies.AllAsync(cancellationToken)).Any(company => company.Id == companyId);
}
