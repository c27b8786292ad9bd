using Bot.Storage.Access;
using Bot.Storage.Connection;
using Bot.Storage.Conversations;
using Bot.Storage.Inbox;
using Bot.Storage.Outbox;
using Bot.Storage.Tests.Builders;

namespace Bot.Storage.Tests.Inbox;

/// <summary>The inbox's claim reads the senders' identities and conversations with the batch.</summary>
public sealed class ClaimPrimingTests : FirmDatabaseTest
{
    [Fact]
    public async Task The_claim_brings_its_senders_identities_and_a_change_made_afterwards_is_read_afresh()
    {
        await new InboxWriter(Database.DataSource).StoreAsync(
            [InboxEntries.FromUser(1, AccountingFirm.IvanovaUserId), InboxEntries.FromUser(2, AccountingFirm.OrlovUserId)], Now, CancellationToken.None);
        await using var session = new DbSession(Database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        var identities = new IdentityRepository(session);
        var conversations = new ConversationRepository(session);

        var claimed = await new InboxClaims(session, identities, conversations, new SenderSnapshots()).ClaimDueAsync(10, Now, 100, ChatPacing.None, CancellationToken.None);
        var ivanova = await identities.IdentifyAsync(AccountingFirm.IvanovaUserId, CancellationToken.None);
        var idle = await conversations.LoadAsync(AccountingFirm.IvanovaUserId, AccountingFirm.IvanovaUserId, CancellationToken.None);

        Assert.Equal(2, claimed.Count);
        Assert.Equal([Romashka], ivanova.Staff!.PmOf);
        Assert.Null(idle);
        Assert.Equal(1, session.RoundTrips); // the claim alone

        // Another update of the batch hands the project to Орлов: from now on the directory is read again.
        await session.ExecuteAsync(
            "UPDATE company_projects SET pm_staff_id = (SELECT id FROM staff WHERE login = 'orlov') WHERE company_id = @Romashka",
            new { Romashka },
            CancellationToken.None);

        Assert.Empty((await identities.IdentifyAsync(AccountingFirm.IvanovaUserId, CancellationToken.None)).Staff!.PmOf);
        Assert.Equal([Romashka], (await identities.IdentifyAsync(AccountingFirm.OrlovUserId, CancellationToken.None)).Staff!.PmOf);
    }
}
