namespace Bot.Host.Administration;

/// <summary>How a tool answers: what it did on stdout (exit code 0), why it refused on stderr (exit code 1).</summary>
internal static class ToolAnswer
{
    public static async Task<int> Done(TextWriter output, string message)
    {
        await output.WriteLineAsync(message);
        return 0;
    }

    public static async Task<int> Refuse(TextWriter errors, string message)
    {
        await errors.WriteLineAsync(message);
        return 1;
    }
}
