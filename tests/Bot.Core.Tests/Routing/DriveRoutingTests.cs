using Bot.Core.Drive;
using Bot.Core.Messaging;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.RouterBuilder;

namespace Bot.Core.Tests.Routing;

/// <summary>The drive through the router: who may upload where, downloads audited each time, refusals never audited.</summary>
public sealed class DriveRoutingTests
{
    private readonly InMemoryDirectory directory = new();
    private readonly InMemoryDrive drive = new();

    public DriveRoutingTests() => directory.Join(Guest().Id, 1, "ООО «Ромашка»");

    [Fact]
    public async Task A_client_uploads_to_data_from_the_client_and_is_refused_data_for_the_client()
    {
        var router = Router(directory: directory, drive: drive);

        var home = Assert.IsType<EditText>((await Route(router, Press(Guest(), "m:documents")))[1]);
        var fromClient = Assert.IsType<EditText>((await Route(router, Press(Guest(), "dl:1:1:0")))[1]);
        var forClient = Assert.IsType<EditText>((await Route(router, Press(Guest(), "dl:1:0:0")))[1]);
        await Route(router, Press(Guest(), "du:1:1"));
        var saved = Assert.IsType<SendText>(Assert.Single(await Route(router, Scan(Guest(), "скан.pdf"))));
        var refused = Assert.IsType<AnswerButton>(Assert.Single(await Route(router, Press(Guest(), "du:1:0"))));

        Assert.Equal(["Данные для клиента", "Данные от клиента", "« Главное меню"], home.Keyboard!.Rows.Select(row => row[0].Text));
        Assert.Contains("Загрузить сюда", fromClient.Keyboard!.Buttons.Select(button => button.Text));
        Assert.DoesNotContain("Загрузить сюда", forClient.Keyboard!.Buttons.Select(button => button.Text));
        Assert.Equal("Сохранён «скан.pdf» в папке «Данные от клиента».", saved.Html);
        Assert.Equal("Это действие вам недоступно.", refused.Notice);
        Assert.Equal([DriveAction.List, DriveAction.List, DriveAction.Upload], drive.Audit.Select(entry => entry.Action));
    }

    [Fact]
    public async Task Each_download_is_audited_and_a_client_can_neither_archive_nor_reach_another_companys_document()
    {
        var router = Router(directory: directory, drive: drive);
        await drive.AddAsync(1, DriveFolder.ForClient, new Bot.Core.Requests.DraftFile(5, "приказ.pdf", 100, FileKind.Document), new(1, "Мария"), Now, CancellationToken.None);
        await drive.AddAsync(2, DriveFolder.ForClient, new Bot.Core.Requests.DraftFile(6, "чужой.pdf", 100, FileKind.Document), new(1, "Мария"), Now, CancellationToken.None);
        drive.Audit.Clear();

        var first = await Route(router, Press(Guest(), "dg:1"));
        var second = await Route(router, Press(Guest(), "dg:1"));
        var archive = Assert.IsType<AnswerButton>(Assert.Single(await Route(router, Press(Guest(), "dx:1"))));
        var foreign = Assert.IsType<AnswerButton>(Assert.Single(await Route(router, Press(Guest(), "dg:2"))));
        var foreignList = Assert.IsType<AnswerButton>(Assert.Single(await Route(router, Press(Guest(), "dl:2:0:0"))));

        Assert.Equal("приказ.pdf", Assert.IsType<SendFile>(first[1]).File.Name);
        Assert.IsType<SendFile>(second[1]);
        Assert.Equal([(DriveAction.Download, Guest().Id, (long?)1), (DriveAction.Download, Guest().Id, (long?)1)], drive.Audit);
        Assert.All([archive, foreign, foreignList], answer => Assert.Equal("Это действие вам недоступно.", answer.Notice));
        Assert.False(drive.Documents[0].Archived);
    }

    [Fact]
    public async Task An_archived_companys_drive_is_read_only_for_the_firm_and_a_forged_page_is_refused()
    {
        var router = Router(directory: directory, drive: drive);
        const int archived = 3; // not among the firm's current clients

        var active = await Route(router, Press(Administrator(), "du:1:0"));
        var upload = Assert.IsType<AnswerButton>(Assert.Single(await Route(router, Press(Administrator(), $"du:{archived}:0"))));
        var listed = Assert.IsType<EditText>((await Route(router, Press(Administrator(), $"dl:{archived}:0:0")))[1]);
        var forged = Assert.IsType<AnswerButton>(Assert.Single(await Route(router, Press(Administrator(), "dl:1:0:268435456"))));

        Assert.StartsWith("Пришлите файлы для папки «Данные для клиента»", Assert.IsType<SendText>(active[1]).Html, StringComparison.Ordinal);
        Assert.Equal("Это действие вам недоступно.", upload.Notice);
        Assert.DoesNotContain("Загрузить сюда", listed.Keyboard!.Buttons.Select(button => button.Text));
        Assert.Equal("Это действие вам недоступно.", forged.Notice);
    }

    [Fact]
    public async Task A_file_sent_outside_any_flow_asks_where_it_goes_and_is_kept_there()
    {
        var router = Router(directory: directory, drive: drive);

        var question = Assert.IsType<SendText>(Assert.Single(await Route(router, Scan(Guest(), "акт.pdf"))));
        var put = await Route(router, Press(Guest(), "f:1:put"));

        Assert.Equal("Куда сохранить «акт.pdf»?", question.Html);
        Assert.Equal("Сохранён «акт.pdf» в папке «Данные от клиента».", Assert.IsType<EditText>(put[1]).Html);
        Assert.Equal((DriveFolder.FromClient, "акт.pdf"), (drive.Documents[0].Folder, drive.Documents[0].File.Name));
    }

    [Fact]
    public async Task A_file_from_an_employee_without_the_documents_right_is_not_offered_a_folder_only_the_accountant()
    {
        var limited = new ChatUser(3003, "Олег", "ru");
        directory.Join(limited.Id, 1, "ООО «Ромашка»", documents: false);
        var router = Router(directory: directory, drive: drive);

        var answer = Assert.IsType<SendText>(Assert.Single(await Route(router, Scan(limited, "акт.pdf"))));
        var forged = Assert.IsType<AnswerButton>(Assert.Single(await Route(router, Press(limited, "du:1:1"))));

        Assert.Equal(["Отправить бухгалтеру", "Отмена"], answer.Keyboard!.Rows.Select(row => row[0].Text));
        Assert.Equal("Это действие вам недоступно.", forged.Notice);
        Assert.Empty(drive.Documents);
    }

    private static IncomingFile Scan(ChatUser user, string name) =>
        new(user.Id, user, 30, new SharedFile("tg-" + name, FileKind.Document, name, "application/pdf", 1000), null, null);

    private static Task<IReadOnlyList<Outgoing>> Route(Bot.Core.Routing.UpdateRouter router, Incoming input) => router.RouteAsync(input, CancellationToken.None);
}
