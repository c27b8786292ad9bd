namespace Bot.Demo.Seeding;

/// <summary>Someone of the demonstration firm or its clients, played from the sandbox: how they are named there, the part
/// they play, and the invite that lets them in (<c>invite staff LOGIN</c> or <c>invite client INN</c>; none for the
/// administrator, who is one by configuration).</summary>
public sealed record DemoPerson(string Key, string Name, string Part, string[] Invite);
