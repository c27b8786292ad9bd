using Bot.Core.Messaging;
using Bot.Storage.Files;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.Host.Telegram;

/// <summary>Takes a file a user sent into the firm's content store: downloaded from the Bot API once and kept
/// by its SHA-256. Telegram lets bots download at most 20 MB, so a larger file is refused before any call
/// (from the size the update declared) or when Telegram says "file is too big".</summary>
public sealed class TelegramFileFetcher(ITelegramBotClient bot, IContentStore store)
{
    public async Task<StoredContent> FetchAsync(SharedFile file, CancellationToken cancellationToken)
    {
        if (file.Size > MessageLimits.BotDownloadBytes)
        {
            throw new FileTooLargeException(MessageLimits.BotDownloadBytes);
        }

        try
        {
            var located = await bot.GetFile(file.FileId, cancellationToken);
            using var content = new MemoryStream();
            await bot.DownloadFile(located, content, cancellationToken);
            content.Position = 0;
            return await store.PutAsync(content, MessageLimits.BotDownloadBytes, cancellationToken);
        }
        catch (ApiRequestException tooBig) when (tooBig.Message.Contains("file is too big", StringComparison.OrdinalIgnoreCase))
        {
            throw new FileTooLargeException(MessageLimits.BotDownloadBytes);
        }
    }
}
