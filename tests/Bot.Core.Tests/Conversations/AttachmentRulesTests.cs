using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;

namespace Bot.Core.Tests.Conversations;

public sealed class AttachmentRulesTests
{
    [Theory]
    [InlineData("скан.PDF", 1000, null)]
    [InlineData("Баланс.xlsx", 1000, null)]
    [InlineData("setup.exe", 1000, "Файлы .exe не принимаются. Подходят PDF, фото, документы Word и Excel, текст, XML и архивы ZIP.")]
    [InlineData("README", 1000, "Файлы README не принимаются. Подходят PDF, фото, документы Word и Excel, текст, XML и архивы ZIP.")]
    [InlineData("архив.zip", 20L * 1024 * 1024 + 1, "Файл «архив.zip» больше 20 МБ — Telegram не даёт ботам скачивать такие. Сожмите его или разделите на части.")]
    public void Documents_are_checked_for_type_and_size_before_any_download(string name, long size, string? expected)
    {
        var problem = AttachmentRules.Problem(new SharedFile("id", FileKind.Document, name, null, size), RussianRequestFormTexts.Instance);

        Assert.Equal(expected, problem);
    }

    [Fact]
    public void A_photo_has_no_name_and_is_named_after_its_message()
    {
        var photo = new SharedFile("id", FileKind.Photo, null, "image/jpeg", 50_000);

        Assert.Null(AttachmentRules.Problem(photo, EnglishRequestFormTexts.Instance));
        Assert.Equal("photo_42.jpg", AttachmentRules.NameOf(photo, 42));
        Assert.Equal("evil.pdf", AttachmentRules.NameOf(photo with { FileName = "../../etc/evil.pdf" }, 42));
    }
}
