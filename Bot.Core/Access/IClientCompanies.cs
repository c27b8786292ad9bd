namespace Bot.Core.Access;

public interface IClientCompanies
{
    /// <summary>The active client companies, by name.</summary>
    Task<IReadOnlyList<ClientCompany>> AllAsync(CancellationToken cancellationToken);
}
