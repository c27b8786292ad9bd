using Bot.Core.Invites;
using Bot.Core.Messaging;
using Bot.Storage.Connection;

namespace Bot.Storage.Invites;

/// <summary>Uses invites in the update's <see cref="DbSession"/>: the invite row is locked, so of two
/// presses of one link exactly one binds; marking it used and binding the user commit together.</summary>
public sealed class InviteRedemptions(DbSession session) : IInviteRedeemer
{
    public async Task<InviteOutcome> RedeemAsync(string token, ChatUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string take = """
            SELECT kind, company_id, staff_id, expires_at, used_at, revoked_at,
                   can_file_requests, can_see_documents, can_approve, can_see_finance
            FROM invites WHERE token_hash = @Hash
            FOR UPDATE
            """;
        var hash = InviteToken.Hash(token);
        var invite = await session.QuerySingleOrDefaultAsync<InviteRow>(take, new { Hash = hash }, cancellationToken);
        if (invite is null)
        {
            return new InviteOutcome.Unknown();
        }

        if (invite.UsedAt is not null)
        {
            return new InviteOutcome.AlreadyUsed();
        }

        if (invite.RevokedAt is not null)
        {
            return new InviteOutcome.Revoked();
        }

        if (invite.ExpiresAt <= now)
        {
            return new InviteOutcome.Expired();
        }

        await session.ExecuteAsync("UPDATE invites SET used_at = @Now, used_by = @UserId WHERE token_hash = @Hash", new { Hash = hash, Now = now, UserId = user.Id }, cancellationToken);
        return invite.CompanyId is { } companyId
            ? new InviteOutcome.JoinedCompany(await JoinCompanyAsync(companyId, invite, user, now, cancellationToken))
            : new InviteOutcome.JoinedStaff(await JoinStaffAsync(invite.StaffId!.Value, user, cancellationToken));
    }

    private async Task<string> JoinCompanyAsync(int companyId, InviteRow invite, ChatUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string join = """
            WITH employee AS (
                INSERT INTO client_employees (full_name, telegram_user_id, created_at) VALUES (@Name, @UserId, @Now)
                ON CONFLICT (telegram_user_id) DO UPDATE SET full_name = client_employees.full_name
                RETURNING id)
            INSERT INTO memberships (employee_id, company_id, can_file_requests, can_see_documents, can_approve, can_see_finance)
            SELECT id, @CompanyId, @CanFileRequests, @CanSeeDocuments, @CanApprove, @CanSeeFinance FROM employee
            ON CONFLICT DO NOTHING
            """;
        const string choose = """
            INSERT INTO chosen_companies (telegram_user_id, company_id, chosen_at) VALUES (@UserId, @CompanyId, @Now)
            ON CONFLICT (telegram_user_id) DO UPDATE SET company_id = excluded.company_id, chosen_at = excluded.chosen_at
            RETURNING (SELECT name FROM companies WHERE id = @CompanyId)
            """;
        var parameters = new
        {
            Name = user.FirstName, UserId = user.Id, CompanyId = companyId, Now = now,
            invite.CanFileRequests, invite.CanSeeDocuments, invite.CanApprove, invite.CanSeeFinance,
        };
        await session.ExecuteAsync(join, parameters, cancellationToken);
        return (await session.QuerySingleOrDefaultAsync<string>(choose, parameters, cancellationToken))!;
    }

    private async Task<string> JoinStaffAsync(int staffId, ChatUser user, CancellationToken cancellationToken)
    {
        // A Telegram account is one staff member: an account moving to another record leaves the old one.
        const string bind = """
            UPDATE staff SET telegram_user_id = NULL WHERE telegram_user_id = @UserId AND id <> @StaffId;
            UPDATE staff SET telegram_user_id = @UserId WHERE id = @StaffId;
            SELECT full_name FROM staff WHERE id = @StaffId;
            """;
        return (await session.QuerySingleOrDefaultAsync<string>(bind, new { UserId = user.Id, StaffId = staffId }, cancellationToken))!;
    }

    private sealed class InviteRow
    {
        public string Kind { get; init; } = "";

        public int? CompanyId { get; init; }

        public int? StaffId { get; init; }

        public DateTimeOffset ExpiresAt { get; init; }

        public DateTimeOffset? UsedAt { get; init; }

        public DateTimeOffset? RevokedAt { get; init; }

        public bool CanFileRequests { get; init; }

        public bool CanSeeDocuments { get; init; }

        public bool CanApprove { get; init; }

        public bool CanSeeFinance { get; init; }
    }
}
