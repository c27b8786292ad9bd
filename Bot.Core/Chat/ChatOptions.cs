namespace Bot.Core.Chat;

/// <summary>The company chat's settings. <see cref="StaffGroupId"/>, when set, is a forum supergroup of the firm's staff
/// (the bot an administrator there, allowed to manage topics): every company gets its own topic, client messages
/// land in it, and any staff member serving the company answers there.</summary>
public sealed class ChatOptions
{
    public const string Section = "Chat";

    public long? StaffGroupId { get; set; }
}
