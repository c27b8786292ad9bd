using System.Text.Json.Nodes;
using Bot.FakeTelegram.Faults;
using Bot.FakeTelegram.Methods;
using Bot.FakeTelegram.State;
using Microsoft.AspNetCore.Http;

namespace Bot.FakeTelegram.Http;

/// <summary>Serves <c>/bot&lt;token&gt;/&lt;method&gt;</c> and <c>/file/bot&lt;token&gt;/&lt;path&gt;</c> with
/// Telegram's envelope: <c>ok</c> and <c>result</c>, or <c>error_code</c>, <c>description</c> and
/// <c>parameters.retry_after</c>, under the same HTTP status as the error code.</summary>
internal sealed class ApiEndpoint(FakeBotApiOptions options, MethodTable methods, FaultPlan faults, BotState state)
{
    public async Task HandleMethodAsync(HttpContext http, string token, string method)
    {
        var cancellationToken = http.RequestAborted;
        try
        {
            if (!string.Equals(token, options.Token, StringComparison.Ordinal))
            {
                throw new BotApiException(401, "Unauthorized");
            }

            await faults.ApplyAsync(method, cancellationToken);
            if (!methods.TryGet(method, out var handler))
            {
                throw new BotApiException(404, "Not Found");
            }

            var request = await ApiRequest.ReadAsync(http.Request, cancellationToken);
            var result = await handler(request, cancellationToken);
            Record(method, null);
            await WriteAsync(http, 200, new JsonObject { ["ok"] = true, ["result"] = result });
        }
        catch (BotApiException error)
        {
            Record(method, error);
            var body = new JsonObject { ["ok"] = false, ["error_code"] = error.Code, ["description"] = error.Description };
            if (error.RetryAfter is { } retryAfter)
            {
                body["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
            }

            await WriteAsync(http, error.Code, body);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away (it timed out or was stopped): nobody to answer.
        }
    }

    public async Task HandleFileAsync(HttpContext http, string token, string path)
    {
        StoredFile? file;
        lock (state.Gate)
        {
            file = state.Files.Values.FirstOrDefault(f => f.Path == path);
        }

        if (!string.Equals(token, options.Token, StringComparison.Ordinal) || file is null || file.Size > options.MaxDownloadBytes)
        {
            http.Response.StatusCode = 404;
            return;
        }

        http.Response.ContentType = file.MimeType ?? "application/octet-stream";
        await http.Response.Body.WriteAsync(file.Content, http.RequestAborted);
    }

    private void Record(string method, BotApiException? error)
    {
        lock (state.Gate)
        {
            state.Calls.Add(new ApiCall(method, error?.Code, error?.Description, state.Time.GetUtcNow()));
            state.Signal();
        }
    }

    private static async Task WriteAsync(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted);
    }
}
