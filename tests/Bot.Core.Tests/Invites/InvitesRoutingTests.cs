using Bot.Core.Access;
using Bot.Core.Invites;
using Bot.Core.Messaging;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.RouterBuilder;

namespace Bot.Core.Tests.Invites;

/// <summary>Invites from the bot: the PM's chosen rights travel as a mask that is checked on return, only the company's PM
/// may make or revoke one, and an invite of another company cannot be revoked through a forged button.</summary>
public sealed class InvitesRoutingTests
{
    private static readonly ChatUser Pm = new(7007, "Мария", "ru");
    private static readonly ChatUser Client = new(4004, "Светлана", "ru");
    private readonly InMemoryDirectory directory = new();
    private readonly InMemoryInvites invites = new();

    public InvitesRoutingTests()
    {
        directory.Employ(Pm.Id, new StaffProfile(7, false, [1], [], [1], [1]));
        directory.Join(Client.Id, 1, "ООО «Ромашка»");
        directory.Join(4005, 2, "АО «Василёк»");
    }

    [Fact]
    public async Task The_PM_makes_an_invite_with_the_rights_chosen_and_forged_presses_change_nothing()
    {
        var router = Router(directory: directory, invites: invites);
        await invites.CreateAsync(2, InviteRights.All, 1, Now, InviteToken.DefaultLifetime, CancellationToken.None);

        var rights = Assert.IsType<EditText>((await router.RouteAsync(Press(Pm, "in:1:7"), CancellationToken.None))[1]);
        var made = Assert.IsType<EditText>((await router.RouteAsync(Press(Pm, "ig:1:7"), CancellationToken.None))[1]);
        var badMask = await router.RouteAsync(Press(Pm, "ig:1:16"), CancellationToken.None);
        var byClient = await router.RouteAsync(Press(Client, "ig:1:15"), CancellationToken.None);
        var otherCompanyInvite = await router.RouteAsync(Press(Pm, "ix:1:1"), CancellationToken.None);

        Assert.Equal(["✅ Заявки", "✅ Документы", "✅ Согласования", "▫️ Показатели", "Создать приглашение", "« Назад"], rights.Keyboard!.Buttons.Select(b => b.Text));
        Assert.Equal("in:1:15", rights.Keyboard.Buttons.ElementAt(3).Data);
        Assert.Equal(new InviteRights(true, true, true, false), invites.Made.Single(m => m.CompanyId == 1).Entry.Rights);
        Assert.Matches(@"<code>https://t\.me/cabinet_bot\?start=[A-Za-z0-9_-]{22}</code>", made.Html);
        Assert.StartsWith("https://t.me/share/url?url=https%3A%2F%2Ft.me%2Fcabinet_bot%3Fstart%3D", made.Keyboard!.Buttons.First().Url, StringComparison.Ordinal);
        Assert.Equal("Эта кнопка устарела.", Assert.IsType<AnswerButton>(Assert.Single(badMask)).Notice);
        Assert.Equal("Это действие вам недоступно.", Assert.IsType<AnswerButton>(Assert.Single(byClient)).Notice);
        Assert.Equal("Эта кнопка устарела.", Assert.IsType<AnswerButton>(otherCompanyInvite[0]).Notice);
        Assert.Null(invites.Made.Single(m => m.CompanyId == 2).Entry.RevokedAt);
        Assert.Equal(2, invites.Made.Count);
    }
}
