namespace Bot.Demo.Seeding;

/// <summary>The demonstration firm: three departments with their heads, two staff members, two client companies with
/// their projects and three client employees. The order is fixed: the fake gives each person the same Telegram id on
/// every start, so a demo database kept from an earlier start still knows them.</summary>
public static class DemoCast
{
    public const string Romashka = "7707083893";
    public const string Vasilek = "7736207543";

    public static IReadOnlyList<DemoPerson> People { get; } =
    [
        new("admin", "Ольга Админова", "администратор фирмы", []),
        new("client", "Светлана Клиентова", "бухгалтер клиента, ООО «Ромашка»", ["client", Romashka]),
        new("ivanova", "Мария Иванова", "бухгалтер, менеджер проектов", ["staff", "ivanova"]),
        new("schetova", "Софья Счётова", "руководитель бухгалтерии", ["staff", "schetova"]),
        new("kadrova", "Ксения Кадрова", "руководитель отдела кадров", ["staff", "kadrova"]),
        new("sovetov", "Семён Советов", "руководитель консалтинга", ["staff", "sovetov"]),
        new("petrova", "Полина Петрова", "специалист по кадрам", ["staff", "petrova"]),
        new("director", "Игорь Директоров", "директор, ООО «Ромашка»", ["client", Romashka]),
        new("vasilek", "Анна Василькова", "бухгалтер клиента, АО «Василёк»", ["client", Vasilek]),
    ];

    /// <summary>The people side by side when the page opens: the client, the accountant, the head.</summary>
    public static IReadOnlyList<string> FirstShown { get; } = ["client", "ivanova", "schetova"];

    /// <summary>The administration commands that set the firm up, in order, as an operator would type them.</summary>
    public static IReadOnlyList<string[]> SetUp { get; } =
    [
        ["staff", "add", "ivanova", "Иванова Мария", "accounting,hr"],
        ["staff", "add", "schetova", "Счётова Софья", "accounting"],
        ["staff", "add", "kadrova", "Кадрова Ксения", "hr"],
        ["staff", "add", "sovetov", "Советов Семён", "consulting"],
        ["staff", "add", "petrova", "Петрова Полина", "hr"],
        ["department", "head", "accounting", "schetova"],
        ["department", "head", "hr", "kadrova"],
        ["department", "head", "consulting", "sovetov"],
        ["company", "add", Romashka, "ООО «Ромашка»"],
        ["company", "add", Vasilek, "АО «Василёк»"],
        ["project", "add", Romashka, "accounting", "ivanova", "main"],
        ["project", "add", Romashka, "hr", "petrova"],
        ["project", "add", Vasilek, "accounting", "ivanova", "main"],
        ["company", "profile", Romashka, "usn-income", "employer=yes"],
        ["company", "profile", Vasilek, "osno", "employer=yes"],
    ];
}
