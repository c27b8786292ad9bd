using Bot.Core.Access;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Access;

/// <summary>Every role × every action × own and other objects: what is allowed is listed, everything else is refused.</summary>
public sealed class AccessPolicyTests
{
    private const long ConfiguredAdmin = 1;
    private const int CompanyA = 100;
    private const int CompanyB = 200;
    private const int Hr = 10;
    private const int Accounting = 20;

    private static readonly Dictionary<string, Identity> People = new()
    {
        ["configured admin"] = Identity.Unknown,
        ["staff admin"] = Staff(1, admin: true),
        ["staff of A's HR project"] = Staff(2, departments: [Hr], serves: [CompanyA]),
        ["PM of A"] = Staff(3, departments: [Hr], pmOf: [CompanyA], serves: [CompanyA]),
        ["head of HR"] = Staff(4, departments: [Hr], headOf: [Hr], serves: [CompanyA]),
        ["employee of A"] = Client(new Membership(CompanyA, "A")),
        ["employee of A without rights"] = Client(new Membership(CompanyA, "A", CanFileRequests: false, CanSeeDocuments: false, CanApprove: false, CanSeeFinance: false)),
        ["employee of A and B"] = Client(new Membership(CompanyA, "A"), new Membership(CompanyB, "B")),
        ["guest"] = Identity.Unknown,
    };

    private static readonly Dictionary<string, AccessTarget> Targets = new()
    {
        ["firm"] = new AccessTarget.Firm(),
        ["HR"] = new AccessTarget.Department(Hr),
        ["accounting"] = new AccessTarget.Department(Accounting),
        ["company A"] = new AccessTarget.Company(CompanyA),
        ["company B"] = new AccessTarget.Company(CompanyB),
        ["A's HR task of staff 2"] = new AccessTarget.ServiceTask(CompanyA, Hr, AssigneeStaffId: 2),
        ["B's accounting task"] = new AccessTarget.ServiceTask(CompanyB, Accounting, AssigneeStaffId: 9),
    };

    private static readonly HashSet<(string Who, AccessAction Action, string Target)> Allowed =
    [
        .. Everything("configured admin"),
        .. Everything("staff admin"),
        ("staff of A's HR project", AccessAction.ViewServices, "company A"),
        ("staff of A's HR project", AccessAction.StartOnboarding, "firm"),
        ("staff of A's HR project", AccessAction.ViewRequests, "company A"),
        ("staff of A's HR project", AccessAction.ViewDocuments, "company A"),
        ("staff of A's HR project", AccessAction.UploadFirmDocument, "company A"),
        ("staff of A's HR project", AccessAction.ReadChat, "company A"),
        ("staff of A's HR project", AccessAction.ViewFilings, "company A"),
        ("staff of A's HR project", AccessAction.ViewFinance, "company A"),
        ("staff of A's HR project", AccessAction.ViewCalendar, "company A"),
        ("staff of A's HR project", AccessAction.ManageEvents, "company A"),
        ("staff of A's HR project", AccessAction.AnswerChat, "company A"),
        ("staff of A's HR project", AccessAction.WorkTask, "A's HR task of staff 2"),
        ("PM of A", AccessAction.ViewServices, "company A"),
        ("PM of A", AccessAction.ViewRequests, "company A"),
        ("PM of A", AccessAction.ViewDocuments, "company A"),
        ("PM of A", AccessAction.UploadFirmDocument, "company A"),
        ("PM of A", AccessAction.ReadChat, "company A"),
        ("PM of A", AccessAction.ViewFilings, "company A"),
        ("PM of A", AccessAction.ViewFinance, "company A"),
        ("PM of A", AccessAction.ViewCalendar, "company A"),
        ("PM of A", AccessAction.ManageEvents, "company A"),
        ("PM of A", AccessAction.SetTaxProfile, "company A"),
        ("PM of A", AccessAction.ManageEmployees, "company A"),
        ("PM of A", AccessAction.ManageServices, "company A"),
        ("PM of A", AccessAction.StartOnboarding, "firm"),
        ("PM of A", AccessAction.AnswerChat, "company A"),
        ("PM of A", AccessAction.InviteEmployee, "company A"),
        ("PM of A", AccessAction.ReceiveDigest, "company A"),
        ("PM of A", AccessAction.ReassignTask, "A's HR task of staff 2"),
        ("head of HR", AccessAction.ViewServices, "company A"),
        ("head of HR", AccessAction.ViewRequests, "company A"),
        ("head of HR", AccessAction.ViewDocuments, "company A"),
        ("head of HR", AccessAction.UploadFirmDocument, "company A"),
        ("head of HR", AccessAction.ReadChat, "company A"),
        ("head of HR", AccessAction.ViewFilings, "company A"),
        ("head of HR", AccessAction.ViewFinance, "company A"),
        ("head of HR", AccessAction.ViewCalendar, "company A"),
        ("head of HR", AccessAction.ManageEvents, "company A"),
        ("head of HR", AccessAction.AnswerChat, "company A"),
        ("head of HR", AccessAction.ReassignTask, "A's HR task of staff 2"),
        ("head of HR", AccessAction.ReceiveDigest, "HR"),
        ("head of HR", AccessAction.AppointPm, "HR"),
        ("head of HR", AccessAction.StartOnboarding, "firm"),
        ("employee of A", AccessAction.ViewServices, "company A"),
        ("employee of A", AccessAction.OrderService, "company A"),
        ("employee of A", AccessAction.ViewRequests, "company A"),
        ("employee of A", AccessAction.ViewDocuments, "company A"),
        ("employee of A", AccessAction.UploadClientDocument, "company A"),
        ("employee of A", AccessAction.ReadChat, "company A"),
        ("employee of A", AccessAction.ViewFilings, "company A"),
        ("employee of A", AccessAction.ViewFinance, "company A"),
        ("employee of A", AccessAction.ViewCalendar, "company A"),
        ("employee of A", AccessAction.WriteChat, "company A"),
        ("employee of A without rights", AccessAction.ViewServices, "company A"),
        ("employee of A without rights", AccessAction.ViewRequests, "company A"),
        ("employee of A without rights", AccessAction.ReadChat, "company A"),
        ("employee of A without rights", AccessAction.ViewFilings, "company A"),
        ("employee of A without rights", AccessAction.ViewCalendar, "company A"),
        ("employee of A without rights", AccessAction.WriteChat, "company A"),
        .. Member("employee of A and B", "company A"),
        .. Member("employee of A and B", "company B"),
    ];

    public static TheoryData<string, AccessAction, string> Cases()
    {
        var cases = new TheoryData<string, AccessAction, string>();
        foreach (var who in People.Keys)
        {
            foreach (var action in Enum.GetValues<AccessAction>())
            {
                foreach (var target in Targets.Keys)
                {
                    cases.Add(who, action, target);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_role_may_do_exactly_what_the_table_lists(string who, AccessAction action, string target)
    {
        var policy = new AccessPolicy(Options.Create(Administrators()));
        var userId = who == "configured admin" ? ConfiguredAdmin : 42;

        Assert.Equal(Allowed.Contains((who, action, target)), policy.Allows(userId, People[who], action, Targets[target]));
    }

    [Theory]
    [InlineData("configured admin", Role.Administrator)]
    [InlineData("staff admin", Role.Administrator)]
    [InlineData("PM of A", Role.Staff)]
    [InlineData("employee of A and B", Role.ClientEmployee)]
    [InlineData("guest", Role.Guest)]
    public void The_role_follows_from_configuration_and_the_directory(string who, Role role)
    {
        var policy = new AccessPolicy(Options.Create(Administrators()));

        Assert.Equal(role, policy.RoleOf(who == "configured admin" ? ConfiguredAdmin : 42, People[who]));
    }

    private static IEnumerable<(string, AccessAction, string)> Everything(string who) =>
        from action in Enum.GetValues<AccessAction>() from target in Targets.Keys select (who, action, target);

    private static IEnumerable<(string, AccessAction, string)> Member(string who, string company) =>
        new[] { AccessAction.ViewServices, AccessAction.OrderService, AccessAction.ViewRequests, AccessAction.ViewDocuments, AccessAction.UploadClientDocument, AccessAction.ReadChat, AccessAction.WriteChat, AccessAction.ViewFilings, AccessAction.ViewFinance, AccessAction.ViewCalendar }
            .Select(action => (who, action, company));

    private static AdministratorsOptions Administrators()
    {
        var options = new AdministratorsOptions();
        options.UserIds.Add(ConfiguredAdmin);
        return options;
    }

    private static Identity Staff(int id, bool admin = false, int[]? departments = null, int[]? headOf = null, int[]? pmOf = null, int[]? serves = null) =>
        new(new StaffProfile(id, admin, departments ?? [], headOf ?? [], pmOf ?? [], serves ?? []), [], null);

    private static Identity Client(params Membership[] memberships) => new(null, memberships, null);
}
