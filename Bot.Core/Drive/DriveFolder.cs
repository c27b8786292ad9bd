namespace Bot.Core.Drive;

/// <summary>The two folders of a company's drive: «Данные для клиента» (only the firm uploads) and «Данные от
/// клиента» (only the company's employees upload).</summary>
public enum DriveFolder
{
    ForClient,
    FromClient,
}
