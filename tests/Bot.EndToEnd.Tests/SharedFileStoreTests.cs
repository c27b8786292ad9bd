using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.State;
using Bot.Storage.Files.S3;
using Bot.Testing.S3;
using Microsoft.Extensions.Options;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;
using static Bot.EndToEnd.Tests.Support.TaskRecords;

namespace Bot.EndToEnd.Tests;

/// <summary>The bot with its files in S3-compatible object storage (<c>Files:Store=S3</c>) on a real server the
/// tests start: instances on different machines share the files, an outage of the store loses nothing, and
/// damaged bytes never reach a user.</summary>
public sealed class SharedFileStoreTests
{
    private static readonly byte[] Scan = [.. "%PDF-1.7 заявление на отпуск "u8, .. System.Security.Cryptography.RandomNumberGenerator.GetBytes(200_000)];

    [Fact]
    public async Task A_file_a_client_uploads_through_one_instance_reaches_staff_through_another_with_its_own_folder_byte_equal()
    {
        var server = await S3TestServer.SharedAsync();
        await using var bot = new BotUnderTest { Settings = server.Settings(await server.CreateBucketAsync()) };
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (staff, staffMenu) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        await ClientUploadsAsync(client, menu, "заявление.pdf", Scan);

        var otherMachine = Directory.CreateTempSubdirectory("bot-files-b-").FullName;
        var instanceB = await bot.StartHostAsync(new Dictionary<string, string?> { ["Files:Root"] = otherMachine });
        await bot.StopHostAsync(bot.Instances[0]);
        Directory.Delete(bot.FilesRoot, recursive: true); // instance A's machine is gone with its disk
        bot.Api.ForgetFileIds(); // and Telegram will not take the file id: instance B must send the bytes
        var received = await StaffOpensAsync(staff, staffMenu, "заявление.pdf");

        Assert.Same(instanceB, Assert.Single(bot.Instances));
        Assert.Equal(Scan, await DownloadAsync(bot, received));
        Assert.Contains(bot.Api.Calls, call => call.Method == "sendDocument" && call.ErrorCode == 400);
        Directory.Delete(otherMachine, recursive: true);
    }

    [Fact]
    public async Task A_client_uploading_while_the_store_is_down_for_ten_seconds_is_told_it_is_saved_only_once_the_bytes_are_stored()
    {
        var server = await S3TestServer.StartAsync();
        var bucket = await server.CreateBucketAsync();
        await using var bot = new BotUnderTest { Settings = new Dictionary<string, string?>(server.Settings(bucket)) { ["Delivery:MaxRetryDelaySeconds"] = "1" } };
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        var prompt = await UploadPromptAsync(client, menu);

        await server.StopServerAsync();
        client.SendDocument("заявление.pdf", Scan);
        await Task.Delay(TimeSpan.FromSeconds(10));
        var toldDuringOutage = client.BotMessages.Where(m => m.MessageId > prompt.MessageId).Select(m => m.Text).ToList();
        await server.StartServerAsync();
        var saved = await client.WaitForMessageAsync(m => m.Text?.StartsWith("Сохранён «заявление.pdf»", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));

        Assert.Empty(toldDuringOutage);
        Assert.Equal("Сохранён «заявление.pdf» в папке «Данные от клиента».", saved.Text?.Split('\n')[0]);
        using var store = new S3ContentStore(Options.Create(server.Options(bucket, bot.FilesRoot)));
        await using var kept = await store.OpenReadAsync(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Scan)), CancellationToken.None);
        Assert.Equal(Scan.Length, kept.Length);
        Assert.Contains(bot.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("transient failure", StringComparison.Ordinal)
            && line.Contains(nameof(Bot.Storage.Files.ContentStoreUnavailableException), StringComparison.Ordinal));
        await server.StopServerAsync();
    }

    [Fact]
    public async Task Bytes_altered_in_the_bucket_are_never_sent_the_operator_sees_an_error_and_the_user_a_clear_message()
    {
        var server = await S3TestServer.SharedAsync();
        var bucket = await server.CreateBucketAsync();
        await using var bot = new BotUnderTest { Settings = server.Settings(bucket) };
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (staff, staffMenu) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        await ClientUploadsAsync(client, menu, "заявление.pdf", Scan);
        using (var raw = server.Client())
        {
            await raw.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest
            {
                BucketName = bucket, Key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Scan)),
                InputStream = new MemoryStream("%PDF-1.7 подменённый файл"u8.ToArray()), UseChunkEncoding = false,
            });
        }

        bot.Api.ForgetFileIds();
        var told = await StaffOpensAsync(staff, staffMenu, "заявление.pdf", expectFile: false);

        Assert.StartsWith("Файл «заявление.pdf» не отправлен: его копия в хранилище фирмы повреждена", told.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(staff.BotMessages, m => m.Kind == MessageKind.Document);
        Assert.Contains(bot.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains("altered or damaged in the content store", StringComparison.Ordinal));
    }

    private static async Task<BotMessage> UploadPromptAsync(FakeUser client, BotMessage menu)
    {
        client.PressButton(menu, "Документы");
        client.PressButton(await EditedAsync(client, menu, 1), "Данные от клиента");
        client.PressButton(await EditedAsync(client, menu, 2), "Загрузить сюда");
        return await client.WaitForMessageAsync(m => m.Text?.StartsWith("Пришлите файлы для папки «Данные от клиента»", StringComparison.Ordinal) == true);
    }

    private static async Task ClientUploadsAsync(FakeUser client, BotMessage menu, string name, byte[] content)
    {
        await UploadPromptAsync(client, menu);
        client.SendDocument(name, content);
        await client.WaitForMessageAsync(m => m.Text?.StartsWith($"Сохранён «{name}»", StringComparison.Ordinal) == true);
    }

    /// <summary>The staff member opens the company's «Данные от клиента» and taps the file; returns what the bot sent for it.</summary>
    private static async Task<BotMessage> StaffOpensAsync(FakeUser staff, BotMessage menu, string name, bool expectFile = true)
    {
        staff.SendCommand("menu");
        var fresh = await staff.WaitForMessageAsync(m => m.MessageId > menu.MessageId && m.AllButtons.Any(b => b.Text == "Документы"));
        staff.PressButton(fresh, "Документы");
        staff.PressButton(await EditedAsync(staff, fresh, 1), "ООО «Ромашка»");
        staff.PressButton(await EditedAsync(staff, fresh, 2), "Данные от клиента");
        var folder = await EditedAsync(staff, fresh, 3);
        staff.PressButton(folder, folder.AllButtons.First(b => b.Text.StartsWith("📄 " + name, StringComparison.Ordinal)).Text);
        return await staff.WaitForMessageAsync(m => m.MessageId > fresh.MessageId && (expectFile ? m.FileName == name : m.Text?.StartsWith("Файл", StringComparison.Ordinal) == true),
            TimeSpan.FromSeconds(30));
    }
}
