using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace Bot.Storage.Files.S3;

/// <summary>An S3 client for the configured server. Checksums are sent and checked only where the protocol
/// requires them (the newer flexible checksums are not understood by every S3-compatible server; our own
/// SHA-256 check on read covers the bytes), and the SDK retries twice before the caller's own schedule takes over.</summary>
public static class S3Clients
{
    public static AmazonS3Client Create(S3StoreOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            MaxErrorRetry = 2,
            Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(5, options.TimeoutSeconds)),
        };
        if (options.ServiceUrl.Length > 0)
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }

        return options.AccessKey.Length > 0
            ? new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config)
            : new AmazonS3Client(config);
    }
}
