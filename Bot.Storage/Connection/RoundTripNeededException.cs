namespace Bot.Storage.Connection;

/// <summary>Thrown by a <see cref="DbSession"/> held until its commit (<see cref="DbSession.HoldUntilCommit"/>)
/// when a statement would need a round trip of its own: nothing of the session has reached the server.</summary>
public sealed class RoundTripNeededException() : InvalidOperationException("This session sends nothing before its commit.");
