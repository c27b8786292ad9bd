namespace Bot.Storage.Files;

public sealed class FileTooLargeException(long limit) : Exception($"The file is larger than {limit} bytes.")
{
    public long Limit { get; } = limit;
}
