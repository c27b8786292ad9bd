namespace Bot.Core.Drive;

/// <summary>What the audit records.</summary>
public enum DriveAction
{
    Upload,
    List,
    Download,
    Archive,
}
