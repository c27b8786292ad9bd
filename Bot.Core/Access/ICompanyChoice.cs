namespace Bot.Core.Access;

/// <summary>Remembers which of their companies a client employee acts for.</summary>
public interface ICompanyChoice
{
    Task ChooseAsync(long telegramUserId, int companyId, DateTimeOffset now, CancellationToken cancellationToken);
}
