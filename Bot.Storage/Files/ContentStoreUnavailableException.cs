namespace Bot.Storage.Files;

/// <summary>The content store could not be reached or answered with a server error: transient, the work is
/// retried on the usual long schedule and nothing is acknowledged meanwhile.</summary>
public sealed class ContentStoreUnavailableException(string message, Exception inner) : IOException(message, inner);
