using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace Bot.Host.Telegram;

/// <summary>Handles one update in its own DI scope. A failure is logged with its exception and retried a
/// few times; if it still fails the user is told so, and every button press is answered either way.</summary>
internal sealed class UpdateHandler(IServiceScopeFactory scopes, ReplySender sender, ILogger<UpdateHandler> log, TimeProvider time)
{
    private const int MaxAttempts = 3;

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        var input = UpdateMapper.Map(update);
        if (input is null)
        {
            if (update.CallbackQuery is { } press)
            {
                await sender.SendAsync([new AnswerButton(press.Id)], cancellationToken);
            }

            return;
        }

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                await sender.SendAsync(await RouteAsync(input, cancellationToken), cancellationToken);
                return;
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                log.LogError(error, "Handling update {UpdateId} failed (attempt {Attempt} of {MaxAttempts})", update.Id, attempt, MaxAttempts);
                if (attempt < MaxAttempts)
                {
                    await Task.Delay(Backoff.For(attempt), time, cancellationToken);
                }
            }
        }

        await sender.SendAsync([Apology(input)], cancellationToken);
    }

    private async Task<IReadOnlyList<Outgoing>> RouteAsync(Incoming input, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UpdateRouter>().RouteAsync(input, cancellationToken);
    }

    private static Outgoing Apology(Incoming input)
    {
        var texts = Texts.For(input.From.LanguageCode);
        return input is IncomingButton press
            ? new AnswerButton(press.CallbackId, texts.ProcessingFailed)
            : new SendText(input.ChatId, texts.ProcessingFailed);
    }
}
