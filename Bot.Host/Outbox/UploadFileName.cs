namespace Bot.Host.Outbox;

/// <summary>A file name that can travel in a multipart upload's Content-Disposition: Telegram.Bot refuses to
/// build the request (FormatException) for a name with quotes, a backslash, CR, LF or other control
/// characters, and clients may name their files anything. The stored name is kept; only the upload's changes.</summary>
internal static class UploadFileName
{
    private const int MaxLength = 200;

    public static string Of(string name)
    {
        var safe = new string([.. name.Select(Replace)]).Trim();
        if (safe.Length > MaxLength)
        {
            var extension = Path.GetExtension(safe);
            safe = extension.Length < 16 ? safe[..(MaxLength - extension.Length)] + extension : safe[..MaxLength];
        }

        return safe.Trim('.', ' ').Length == 0 ? "file" : safe;
    }

    private static char Replace(char c) => c switch
    {
        '"' => '\'',
        '\\' or '/' => '_',
        _ when char.IsControl(c) => ' ',
        _ => c,
    };
}
