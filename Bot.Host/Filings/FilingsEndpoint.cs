using System.Security.Cryptography;
using System.Text;
using Bot.Core.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Bot.Host.Filings;

/// <summary><c>POST /api/filings</c>: the filing system pushes a manifest (JSON Lines, documents in base64), with the
/// same effect as <c>filings import</c>. The bearer key is compared in constant time: a wrong or missing one gets 401
/// and nothing is read; a body over <see cref="MaxBodyBytes"/> gets 413; a manifest with problems gets 400 naming
/// each line, and nothing is stored.</summary>
internal sealed class FilingsEndpoint(FilingImporter importer, IClientCompanies companies, IOptions<FilingsOptions> options)
{
    /// <summary>Under Kestrel's own 30 MB limit: documents of about 20 MB in base64, with their manifest.</summary>
    public const int MaxBodyBytes = 28 * 1024 * 1024;

    private const string Scheme = "Bearer ";

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!KeyMatches(request.Headers.Authorization.ToString()))
        {
            return Results.Unauthorized();
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadAsync(request.Body, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var all = await companies.AllAsync(cancellationToken);
        var (manifest, problems) = FilingManifest.Read(body.Split('\n'), folder: null, all.ToDictionary(c => c.Inn, c => c.Id, StringComparer.Ordinal));
        if (problems.Count > 0)
        {
            return Results.Text(string.Join('\n', problems), "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await importer.ImportAsync(manifest, all.ToDictionary(c => c.Id, c => c.Name), cancellationToken);
        return Results.Text(result.ToString(), "text/plain; charset=utf-8");
    }

    private bool KeyMatches(string header)
    {
        var key = options.Value.ApiKey;
        if (key.Length == 0 || !header.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[Scheme.Length..]), Encoding.UTF8.GetBytes(key));
    }

    /// <summary>The body as text, or null when it runs past the limit (a chunked body has no length to check first).</summary>
    private static async Task<string?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
