using Microsoft.Extensions.Options;

namespace Bot.Storage.Files;

public sealed class FileStoreOptionsValidation : IValidateOptions<FileStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, FileStoreOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Root))
        {
            failures.Add(options.Store == ContentStoreKind.S3
                ? "Files:Root is empty: set a folder for files in transit (environment variable Files__Root)."
                : "Files:Root is empty: set the folder where the firm keeps exchanged files (environment variable Files__Root).");
        }

        if (options.OrphanHours < 1)
        {
            failures.Add("Files:OrphanHours must be at least 1: unnamed bytes are swept only after that many hours.");
        }

        if (options.Store == ContentStoreKind.S3)
        {
            var s3 = options.S3;
            if (string.IsNullOrWhiteSpace(s3.Bucket))
            {
                failures.Add("Files:S3:Bucket is empty: name the bucket that keeps exchanged files (environment variable Files__S3__Bucket).");
            }

            if (s3.ServiceUrl.Length > 0 && !Uri.TryCreate(s3.ServiceUrl, UriKind.Absolute, out _))
            {
                failures.Add($"Files:S3:ServiceUrl is not an absolute address: {s3.ServiceUrl}.");
            }

            if (string.IsNullOrEmpty(s3.AccessKey) != string.IsNullOrEmpty(s3.SecretKey))
            {
                failures.Add("Files:S3:AccessKey and Files:S3:SecretKey go together: set both, or neither for the SDK's default credentials.");
            }

            if (s3.TimeoutSeconds < 1)
            {
                failures.Add("Files:S3:TimeoutSeconds must be at least 1.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
