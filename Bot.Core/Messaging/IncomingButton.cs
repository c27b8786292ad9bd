namespace Bot.Core.Messaging;

/// <summary>A press on an inline button of a message the bot sent. <see cref="Data"/> comes from the
/// user's client and is never trusted: it is parsed and authorised like any other input.</summary>
public sealed record IncomingButton(long ChatId, ChatUser From, string CallbackId, int MessageId, string Data)
    : Incoming(ChatId, From);
