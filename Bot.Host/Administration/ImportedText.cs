using System.Text;
using Bot.Core.FileImport;

namespace Bot.Host.Administration;

/// <summary>Reads a file an administrator imports: at most <c>maxBytes</c>, and strict UTF-8 — a file saved in
/// another encoding (Windows-1251, say) is refused with the line of its first foreign byte rather than
/// imported as replacement characters.</summary>
internal static class ImportedText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<string> ReadAsync(string path, int maxBytes)
    {
        var size = new FileInfo(path).Length;
        if (size > maxBytes)
        {
            throw new InvalidFileException([$"the file is {size:N0} bytes; at most {maxBytes:N0} are read"]);
        }

        var bytes = await File.ReadAllBytesAsync(path);
        try
        {
            return Strict.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException invalid)
        {
            var line = 1 + bytes.Take(Math.Max(invalid.Index, 0)).Count(b => b == (byte)'\n');
            throw new InvalidFileException([$"line {line}: the file is not UTF-8 (save it as UTF-8 and import it again)"]);
        }
    }
}
