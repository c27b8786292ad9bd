using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.State;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Bot.FakeTelegram.Tests;

public sealed class FileTests : FakeApiTest
{
    [Fact]
    public async Task A_document_a_user_sends_can_be_downloaded_byte_for_byte()
    {
        var user = Api.NewUser();
        var bot = Clients.For(Api);
        byte[] scan = [0x25, 0x50, 0x44, 0x46, 7, 8, 9];
        user.SendDocument("заявление.pdf", scan, caption: "Скан заявления");

        var message = Assert.Single(await bot.GetUpdates()).Message!;
        var file = await bot.GetFile(message.Document!.FileId);
        using var downloaded = new MemoryStream();
        await bot.DownloadFile(file, downloaded);

        Assert.Equal("заявление.pdf", message.Document.FileName);
        Assert.Equal("Скан заявления", message.Caption);
        Assert.Equal(scan, downloaded.ToArray());
    }

    [Fact]
    public async Task A_file_over_20_megabytes_cannot_be_downloaded_by_a_bot()
    {
        var user = Api.NewUser();
        var bot = Clients.For(Api);
        user.SendDocument("архив.zip", new byte[(20 * 1024 * 1024) + 1], "application/zip");

        var message = Assert.Single(await bot.GetUpdates()).Message!;
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.GetFile(message.Document!.FileId));

        Assert.Equal("Bad Request: file is too big", error.Message);
    }

    [Fact]
    public async Task An_album_arrives_as_separate_updates_sharing_a_media_group()
    {
        var user = Api.NewUser();

        user.SendAlbum(new AlbumItem(MessageKind.Photo, [1]), new AlbumItem(MessageKind.Photo, [2]), new AlbumItem(MessageKind.Photo, [3]));
        var updates = await Clients.For(Api).GetUpdates();

        Assert.Equal(3, updates.Length);
        Assert.Single(updates.Select(u => u.Message!.MediaGroupId).Distinct());
        Assert.All(updates, u => Assert.NotEmpty(u.Message!.Photo!));
    }

    [Fact]
    public async Task The_bot_uploads_documents_and_albums_as_multipart_with_attach_references()
    {
        var user = Api.NewUser();
        var bot = Clients.For(Api);
        using var order = new MemoryStream([1, 2, 3, 4]);
        using var first = new MemoryStream([5]);
        using var second = new MemoryStream([6]);

        var document = await bot.SendDocument(user.ChatId, InputFile.FromStream(order, "приказ.pdf"), caption: "Приказ об увольнении");
        var album = await bot.SendMediaGroup(user.ChatId, [
            new InputMediaDocument(InputFile.FromStream(first, "акт-1.pdf")),
            new InputMediaDocument(InputFile.FromStream(second, "акт-2.pdf")) { Caption = "Акты" },
        ]);

        Assert.Equal("приказ.pdf", document.Document!.FileName);
        Assert.Equal(2, album.Length);
        Assert.Equal(["приказ.pdf", "акт-1.pdf", "акт-2.pdf"], user.BotMessages.Select(m => m.FileName));
        var resent = await bot.SendDocument(user.ChatId, InputFile.FromFileId(document.Document.FileId));
        Assert.Equal(document.Document.FileId, resent.Document!.FileId);
    }

    [Fact]
    public async Task An_unknown_file_id_is_refused()
    {
        var user = Api.NewUser();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(Api).SendDocument(user.ChatId, InputFile.FromFileId("no-such-file")));

        Assert.Equal("Bad Request: wrong file identifier/HTTP URL specified", error.Message);
    }
}
