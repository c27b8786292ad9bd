using System.Globalization;
using System.Reflection;
using Bot.Demo.Clock;
using Bot.Demo.Seeding;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;

namespace Bot.Demo.Sandbox;

/// <summary>The sandbox: the page, and the API it plays the people with — what they type, send and press goes to the
/// fake Telegram as their app would send it; what the bot sent comes back through <see cref="ChatStream"/>. Mapped by
/// the demo's composition only.</summary>
public static class SandboxEndpoints
{
    private const long MaxUploadBytes = 100L * 1024 * 1024;
    private static readonly TimeSpan AnswerWait = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        [""] = "text/html; charset=utf-8",
        ["sandbox.css"] = "text/css; charset=utf-8",
        ["sandbox.js"] = "text/javascript; charset=utf-8",
    };

    public static void Map(WebApplication app)
    {
        // The page's addresses are relative (api/…): it is served at /sandbox/, with the slash.
        app.MapGet("/sandbox/{asset?}", (string? asset, HttpRequest request) =>
            asset is null && !request.Path.Value!.EndsWith('/') ? Results.Redirect("/sandbox/") : Asset(asset ?? ""));
        app.MapGet("/sandbox/api/people", (SandboxCast cast) => Results.Json(new
        {
            firm = DemoApp.FirmName,
            shown = DemoCast.FirstShown,
            people = cast.People.Select(p => new { key = p.Person.Key, name = p.Person.Name, part = p.Person.Part }),
        }, SandboxJson.Options));
        app.MapGet("/sandbox/api/events", (HttpContext http, SandboxCast cast) => ChatStream.RunAsync(http, cast));
        app.MapGet("/sandbox/api/commands", (SandboxCast cast) =>
            Results.Json(cast.Api.CommandsFor("ru").Select(c => new { command = c.Command, description = c.Description }), SandboxJson.Options));
        app.MapGet("/sandbox/api/files/{fileId}", (string fileId, SandboxCast cast) =>
            cast.Api.FindFile(fileId) is { } file
                ? Results.File(file.Content, file.MimeType ?? "application/octet-stream", file.FileName ?? $"{fileId}.jpg")
                : Results.NotFound());
        app.MapPost("/sandbox/api/people/{key}/text", (string key, SentText body, SandboxCast cast) => SendText(cast.Find(key), body));
        // Telegram takes far larger files from people than a bot may download (20 MB): the bot's own refusal must show.
        app.MapPost("/sandbox/api/people/{key}/files", (string key, HttpRequest request, SandboxCast cast) => SendFilesAsync(cast.Find(key), request))
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes));
        app.MapPost("/sandbox/api/people/{key}/press", (string key, Press body, SandboxCast cast) => PressAsync(cast.Find(key), body));
        app.MapGet("/sandbox/api/clock", (ClockControl control, IConfiguration configuration) => Clock(control.Now, configuration));
        app.MapPost("/sandbox/api/clock", async (ClockRequest body, ClockControl control, IConfiguration configuration, CancellationToken cancellationToken) =>
            body.Move switch
            {
                "next-working-day" => Clock(await control.MoveAsync(ClockMove.NextWorkingDay, cancellationToken), configuration),
                "workday-start" => Clock(await control.MoveAsync(ClockMove.WorkdayStart, cancellationToken), configuration),
                _ => Results.BadRequest(new { error = "move is next-working-day or workday-start" }),
            });
    }

    private static IResult Asset(string name)
    {
        if (!Assets.TryGetValue(name, out var type))
        {
            return Results.NotFound();
        }

        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"sandbox/{(name.Length == 0 ? "index.html" : name)}")!;
        return Results.Stream(stream, type);
    }

    private static IResult SendText(FakeUser? user, SentText body)
    {
        if (user is null)
        {
            return Results.NotFound();
        }

        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return Results.BadRequest(new { error = "Пустое сообщение." });
        }

        if (body.ReplyTo is { } replyTo)
        {
            return user.HasMessage(replyTo) ? Results.Ok(new { messageId = user.Reply(replyTo, body.Text) }) : Results.BadRequest(new { error = "Сообщение не найдено." });
        }

        return Results.Ok(new { messageId = user.SendText(body.Text) });
    }

    /// <summary>One file is a photo or a document; several are an album, as Telegram sends them.</summary>
    private static async Task<IResult> SendFilesAsync(FakeUser? user, HttpRequest request)
    {
        if (user is null)
        {
            return Results.NotFound();
        }

        if (!request.HasFormContentType)
        {
            return Results.BadRequest(new { error = "Файлы отправляются формой (multipart/form-data)." });
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var asPhotos = form["asPhoto"] == "true";
        var caption = string.IsNullOrWhiteSpace(form["caption"]) ? null : form["caption"].ToString();
        var items = new List<AlbumItem>();
        foreach (var file in form.Files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, request.HttpContext.RequestAborted);
            items.Add(asPhotos
                ? new AlbumItem(MessageKind.Photo, content.ToArray(), Caption: items.Count == 0 ? caption : null)
                : new AlbumItem(MessageKind.Document, content.ToArray(), file.FileName, string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType, items.Count == 0 ? caption : null));
        }

        return items.Count switch
        {
            0 => Results.BadRequest(new { error = "Файл не выбран." }),
            1 => Results.Ok(new { messageIds = new[] { SendOne(user, items[0]) } }),
            _ => Results.Ok(new { messageIds = user.SendAlbum([.. items]) }),
        };
    }

    private static int SendOne(FakeUser user, AlbumItem item) => item.Kind == MessageKind.Photo
        ? user.SendPhoto(item.Content, item.Caption)
        : user.SendDocument(item.FileName!, item.Content, item.MimeType!, item.Caption);

    /// <summary>A press of one of the message's buttons, as the app sends it, and the bot's answer (a toast) when it comes.</summary>
    private static async Task<IResult> PressAsync(FakeUser? user, Press body)
    {
        if (user is null)
        {
            return Results.NotFound();
        }

        var message = user.Conversation.FirstOrDefault(m => m.MessageId == body.MessageId && !m.Deleted);
        if (message is null || !message.Buttons.SelectMany(row => row).Any(button => button.CallbackData == body.Data))
        {
            return Results.BadRequest(new { error = "Кнопки больше нет." });
        }

        var callback = user.PressButtonWithData(body.MessageId, body.Data);
        try
        {
            var answer = await user.WaitForAnswerAsync(callback, AnswerWait);
            return Results.Ok(new { text = answer.Text, showAlert = answer.ShowAlert });
        }
        catch (TimeoutException)
        {
            return Results.Ok(new { text = (string?)null, showAlert = false });
        }
    }

    private static IResult Clock(DateTimeOffset now, IConfiguration configuration)
    {
        var zoneId = configuration["Firm:TimeZone"] ?? "Europe/Moscow";
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        return Results.Json(new
        {
            now = local.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            shown = local.ToString("ddd dd.MM.yyyy HH:mm", CultureInfo.GetCultureInfo("ru-RU")),
            workdayStart = configuration["Firm:WorkdayStart"] ?? "09:00",
            timeZone = zoneId,
        }, SandboxJson.Options);
    }

    public sealed record SentText(string Text, int? ReplyTo);

    public sealed record Press(int MessageId, string Data);

    public sealed record ClockRequest(string Move);
}
