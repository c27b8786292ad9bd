using Bot.Core.Invites;

namespace Bot.Core.Tests.Builders;

/// <summary>Invites made in the bot, in memory.</summary>
internal sealed class InMemoryInvites : IInviteBook
{
    public List<(int CompanyId, InviteEntry Entry)> Made { get; } = [];

    public Task<string?> BotUsernameAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("cabinet_bot");

    public Task<string> CreateAsync(int companyId, InviteRights rights, long createdBy, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        Made.Add((companyId, new InviteEntry(Made.Count + 1, now, now + lifetime, null, null, null, rights)));
        return Task.FromResult(InviteToken.New());
    }

    public Task<IReadOnlyList<InviteEntry>> ListAsync(int companyId, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<InviteEntry>>([.. Made.Where(m => m.CompanyId == companyId).Select(m => m.Entry).Reverse().Take(limit)]);

    public Task<bool> RevokeAsync(int companyId, long inviteId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var i = Made.FindIndex(m => m.CompanyId == companyId && m.Entry.Id == inviteId && m.Entry.UsedAt is null && m.Entry.RevokedAt is null);
        if (i >= 0)
        {
            Made[i] = (companyId, Made[i].Entry with { RevokedAt = now });
        }

        return Task.FromResult(i >= 0);
    }
}
