namespace Bot.Core.Drive;

/// <summary>The folder as the database keeps it, and as a button carries it (one digit).</summary>
public static class DriveFolderCodes
{
    public static string Of(DriveFolder folder) => folder == DriveFolder.ForClient ? "for_client" : "from_client";

    public static DriveFolder Parse(string code) => code == "for_client" ? DriveFolder.ForClient : DriveFolder.FromClient;

    public static bool TryParseDigit(long digit, out DriveFolder folder)
    {
        folder = digit == 1 ? DriveFolder.FromClient : DriveFolder.ForClient;
        return digit is 0 or 1;
    }

    public static int Digit(DriveFolder folder) => folder == DriveFolder.ForClient ? 0 : 1;
}
