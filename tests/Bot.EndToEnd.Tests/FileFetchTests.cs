using Bot.Core.Messaging;
using Bot.FakeTelegram;
using Bot.Core.Requests;
using Bot.Host.Outbox;
using Bot.Host.Telegram;
using Bot.Storage.Files;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.EndToEnd.Tests;

/// <summary>Files users send are taken into the firm's store through the real Telegram.Bot client and the fake Bot API.</summary>
public sealed class FileFetchTests : IAsyncLifetime, IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("fetch-").FullName;
    private FakeBotApi api = null!;

    public async Task InitializeAsync() => api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task A_document_is_stored_byte_for_byte_and_the_same_one_again_takes_no_more_room()
    {
        var (client, fetcher, store) = Parts();
        var scan = "%PDF-1.7 скан договора"u8.ToArray();
        api.NewUser().SendDocument("Договор.pdf", scan);
        api.NewUser().SendDocument("Договор (копия).pdf", scan);
        var documents = (await client.GetUpdates()).Select(update => update.Message!.Document!).ToList();

        var first = await fetcher.FetchAsync(Shared(documents[0].FileId, documents[0].FileSize), CancellationToken.None);
        var second = await fetcher.FetchAsync(Shared(documents[1].FileId, documents[1].FileSize), CancellationToken.None);
        using var copy = new MemoryStream();
        await using (var stored = await store.OpenReadAsync(first.Sha256, CancellationToken.None))
        {
            await stored.CopyToAsync(copy);
        }

        Assert.Equal(first, second);
        Assert.Equal(scan, copy.ToArray());
        Assert.Single(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_file_over_20_megabytes_is_refused_before_and_by_telegram()
    {
        var (client, fetcher, _) = Parts();
        api.NewUser().SendDocument("архив.zip", new byte[(20 * 1024 * 1024) + 1], "application/zip");
        var document = Assert.Single(await client.GetUpdates()).Message!.Document!;

        await Assert.ThrowsAsync<FileTooLargeException>(() => fetcher.FetchAsync(Shared(document.FileId, document.FileSize), CancellationToken.None));
        await Assert.ThrowsAsync<FileTooLargeException>(() => fetcher.FetchAsync(Shared(document.FileId, size: null), CancellationToken.None));
        Assert.Empty(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_kept_file_whose_telegram_id_no_longer_works_is_uploaded_again_from_the_store()
    {
        var (client, _, store) = Parts();
        var user = api.NewUser();
        var scan = "%PDF-1.7 подписанный акт"u8.ToArray();
        var kept = await store.PutAsync(new MemoryStream(scan), MessageLimits.BotDownloadBytes, CancellationToken.None);
        var file = new StoredFileRef(1, "Акт.pdf", "application/pdf", FileKind.Document, kept.Sha256, TelegramFileId: "an-id-telegram-forgot");

        await using var noDatabase = Npgsql.NpgsqlDataSource.Create("Host=127.0.0.1;Port=1"); // a file for a private chat needs no topic
        var outcome = await new TelegramCalls(client, store, new Bot.Storage.Chat.CompanyTopics(noDatabase)).DeliverAsync(new SendFile(user.ChatId, file, "№1001"), CancellationToken.None);
        var message = await user.NextMessageAsync();
        using var received = new MemoryStream();
        await client.DownloadFile(await client.GetFile(message.FileId!), received);

        Assert.IsType<DeliveryOutcome.Sent>(outcome);
        Assert.Equal(("Акт.pdf", "№1001"), (message.FileName, message.Caption));
        Assert.Equal(scan, received.ToArray());
    }

    private (TelegramBotClient Client, TelegramFileFetcher Fetcher, FolderContentStore Store) Parts()
    {
        var client = new TelegramBotClient(new TelegramBotClientOptions(api.Token, api.BaseUrl.ToString()));
        var store = new FolderContentStore(Options.Create(new FileStoreOptions { Root = root }));
        return (client, new TelegramFileFetcher(client, store), store);
    }

    private static SharedFile Shared(string fileId, long? size) => new(fileId, FileKind.Document, null, null, size);
}
