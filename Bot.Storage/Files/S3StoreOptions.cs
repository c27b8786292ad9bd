namespace Bot.Storage.Files;

/// <summary>The <c>Files:S3</c> section: the bucket of an S3-compatible object store. The keys belong in
/// environment variables (<c>Files__S3__SecretKey</c>), never in a file that is committed.</summary>
public sealed class S3StoreOptions
{
    /// <summary>The server's address (<c>https://storage.yandexcloud.net</c>, <c>http://minio.local:9000</c>);
    /// empty for Amazon S3 itself, addressed by <see cref="Region"/>.</summary>
    public string ServiceUrl { get; set; } = "";

    public string Bucket { get; set; } = "";

    public string Region { get; set; } = "us-east-1";

    /// <summary>Empty: the SDK's default credentials (environment, instance profile).</summary>
    public string AccessKey { get; set; } = "";

    public string SecretKey { get; set; } = "";

    /// <summary><c>http://server/bucket/key</c> rather than <c>http://bucket.server/key</c>: what self-hosted servers expect.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>One call's time limit; a store that does not answer within it counts as unavailable and the work is retried.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
