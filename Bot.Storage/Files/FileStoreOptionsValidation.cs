using Microsoft.Extensions.Options;

namespace Bot.Storage.Files;

public sealed class FileStoreOptionsValidation : IValidateOptions<FileStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, FileStoreOptions options) =>
        string.IsNullOrWhiteSpace(options.Root)
            ? ValidateOptionsResult.Fail("Files:Root is empty: set the folder where the firm keeps exchanged files (environment variable Files__Root).")
            : ValidateOptionsResult.Success;
}
