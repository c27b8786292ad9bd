namespace Bot.Core.Messaging;

public enum FileKind
{
    Photo,
    Document,
}
