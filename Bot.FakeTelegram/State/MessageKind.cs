namespace Bot.FakeTelegram.State;

public enum MessageKind
{
    Text,
    Photo,
    Document,
}
