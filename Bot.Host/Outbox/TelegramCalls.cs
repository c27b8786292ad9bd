using Bot.Core.Messaging;
using Bot.Host.Telegram;
using Bot.Storage.Chat;
using Bot.Storage.Files;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Host.Outbox;

/// <summary>One reply, one Bot API call, its result classified: whatever happens, an outcome is returned and
/// nothing is thrown, so one row can never stop the sender. Message bodies never reach the logs. A message for a
/// company's topic in the staff forum finds the topic first, creating it (named after the company) the first time.</summary>
public sealed class TelegramCalls(ITelegramBotClient bot, IContentStore store, CompanyTopics topics)
{
    public async Task<DeliveryOutcome> DeliverAsync(Outgoing reply, CancellationToken cancellationToken)
    {
        try
        {
            return new DeliveryOutcome.Sent(await CallAsync(reply, cancellationToken));
        }
        catch (ApiRequestException error) when (error.ErrorCode == 429)
        {
            return new DeliveryOutcome.SlowDown(TimeSpan.FromSeconds(error.Parameters?.RetryAfter ?? 1));
        }
        catch (ApiRequestException error) when (TelegramErrors.IsHarmless(error))
        {
            return new DeliveryOutcome.Sent(null);
        }
        catch (ApiRequestException error)
        {
            var text = $"{error.ErrorCode} {error.Message}";
            return error.ErrorCode >= 500 ? new DeliveryOutcome.Transient(text) : new DeliveryOutcome.Refused(text);
        }
        catch (Exception error) when (error is RequestException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new DeliveryOutcome.Transient(error.GetType().Name + ": " + error.Message);
        }
        catch (ContentCorruptedException damaged) when (reply is SendFile file)
        {
            return new DeliveryOutcome.Damaged(file.File.Name, damaged.Message);
        }
        catch (Exception error) when (TelegramErrors.IsTransient(error) && !cancellationToken.IsCancellationRequested)
        {
            // The database while finding a topic, the content store while reading a file, say: they come back.
            return new DeliveryOutcome.Transient(error.GetType().Name + ": " + error.Message);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            // Ours, not Telegram's: the bytes are missing from the store, the request could not be built …
            return new DeliveryOutcome.Faulted(error.GetType().Name + ": " + error.Message);
        }
    }

    private async Task<int?> CallAsync(Outgoing reply, CancellationToken cancellationToken)
    {
        switch (reply)
        {
            case SendText send:
                return (await bot.SendMessage(send.ChatId, send.Html, ParseMode.Html, messageThreadId: await ThreadAsync(send.ChatId, send.TopicCompanyId, cancellationToken),
                    replyMarkup: KeyboardMarkup.From(send.Keyboard), cancellationToken: cancellationToken)).MessageId;
            case EditText edit:
                return (await bot.EditMessageText(edit.ChatId, edit.MessageId, edit.Html, ParseMode.Html, replyMarkup: KeyboardMarkup.From(edit.Keyboard), cancellationToken: cancellationToken)).MessageId;
            case SendFile send:
                return await SendFileAsync(send, cancellationToken);
            case AnswerButton answer:
                await bot.AnswerCallbackQuery(answer.CallbackId, answer.Notice, cancellationToken: cancellationToken);
                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "Unknown reply kind");
        }
    }

    /// <summary>By the Telegram file id while Telegram still knows it (no upload); when it refuses the id, the
    /// bytes the firm kept are uploaded instead.</summary>
    private async Task<int?> SendFileAsync(SendFile send, CancellationToken cancellationToken)
    {
        if (send.File.TelegramFileId is { } fileId)
        {
            try
            {
                return await SendAsync(send, InputFile.FromFileId(fileId), cancellationToken);
            }
            catch (ApiRequestException refused) when (refused.ErrorCode == 400 && !refused.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase))
            {
                // The id expired or belongs to another bot: fall through to the upload.
            }
        }

        await using var content = await store.OpenReadAsync(send.File.Sha256, cancellationToken);
        return await SendAsync(send, InputFile.FromStream(content, UploadFileName.Of(send.File.Name)), cancellationToken);
    }

    private async Task<int?> SendAsync(SendFile send, InputFile file, CancellationToken cancellationToken)
    {
        var thread = await ThreadAsync(send.ChatId, send.TopicCompanyId, cancellationToken);
        return send.File.Kind == FileKind.Photo
            ? (await bot.SendPhoto(send.ChatId, file, send.CaptionHtml, ParseMode.Html, messageThreadId: thread, cancellationToken: cancellationToken)).MessageId
            : (await bot.SendDocument(send.ChatId, file, send.CaptionHtml, ParseMode.Html, messageThreadId: thread, cancellationToken: cancellationToken)).MessageId;
    }

    private async Task<int?> ThreadAsync(long groupChatId, int? companyId, CancellationToken cancellationToken) => companyId is { } company
        ? await topics.EnsureAsync(groupChatId, company, async (name, token) =>
            (await bot.CreateForumTopic(groupChatId, name.Length <= 128 ? name : name[..128], cancellationToken: token)).MessageThreadId, cancellationToken)
        : null;
}
