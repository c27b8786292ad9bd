using System.Security.Cryptography;
using Bot.Storage.Files;

namespace Bot.Storage.Tests.Files;

/// <summary>What every content store must do, run against each implementation: the folder and a real
/// S3-compatible server.</summary>
public abstract class ContentStoreContract
{
    protected const long Limit = 20_000_000;

    protected abstract IContentStore Store { get; }

    /// <summary>The store's <c>Files:Root</c>, whose <c>incoming</c> folder holds bytes in transit.</summary>
    protected abstract string Root { get; }

    /// <summary>Replaces the kept bytes behind the store's back, as damage or tampering would.</summary>
    protected abstract Task AlterAsync(string sha256, byte[] bytes);

    [Fact]
    public async Task The_same_bytes_sent_twice_are_kept_once_and_read_back_whole()
    {
        var scan = RandomNumberGenerator.GetBytes(300_000);

        var first = await Store.PutAsync(new MemoryStream(scan), Limit, CancellationToken.None);
        var second = await Store.PutAsync(new MemoryStream(scan), Limit, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(scan)), first.Sha256);
        Assert.Equal(scan, await ReadAsync(first.Sha256));
        var kept = Assert.Single(await ListAsync());
        Assert.Equal((first.Sha256, 300_000L), (kept.Sha256, kept.Size));
        Assert.InRange(kept.StoredAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_leaves_nothing_behind()
    {
        var refused = await Assert.ThrowsAsync<FileTooLargeException>(() => Store.PutAsync(new MemoryStream(new byte[1_000_001]), 1_000_000, CancellationToken.None));

        Assert.Equal(1_000_000, refused.Limit);
        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task Bytes_altered_where_they_are_kept_are_refused_on_read()
    {
        var kept = await Store.PutAsync(new MemoryStream("%PDF-1.7 договор №1"u8.ToArray()), Limit, CancellationToken.None);
        await AlterAsync(kept.Sha256, "%PDF-1.7 договор №2"u8.ToArray());

        var refused = await Assert.ThrowsAsync<ContentCorruptedException>(() => Store.OpenReadAsync(kept.Sha256, CancellationToken.None));

        Assert.Equal(kept.Sha256, refused.Expected);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("%PDF-1.7 договор №2"u8)), refused.Actual);
    }

    [Fact]
    public async Task A_damaged_copy_is_repaired_when_the_same_bytes_are_stored_again()
    {
        var kept = await Store.PutAsync(new MemoryStream("%PDF-1.7 акт №7"u8.ToArray()), Limit, CancellationToken.None);
        await AlterAsync(kept.Sha256, "%PDF-1.7 акт №8"u8.ToArray());

        await Store.PutAsync(new MemoryStream("%PDF-1.7 акт №7"u8.ToArray()), Limit, CancellationToken.None);

        Assert.Equal("%PDF-1.7 акт №7"u8.ToArray(), await ReadAsync(kept.Sha256));
    }

    [Fact]
    public async Task Missing_bytes_are_told_apart_from_kept_ones_and_deleting_them_twice_is_harmless()
    {
        var kept = await Store.PutAsync(new MemoryStream([1, 2, 3]), Limit, CancellationToken.None);
        var other = Convert.ToHexStringLower(SHA256.HashData([4, 5, 6]));

        Assert.True(await Store.ContainsAsync(kept.Sha256, CancellationToken.None));
        Assert.False(await Store.ContainsAsync(other, CancellationToken.None));
        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.OpenReadAsync(other, CancellationToken.None));

        await Store.DeleteAsync(kept.Sha256, CancellationToken.None);
        await Store.DeleteAsync(kept.Sha256, CancellationToken.None);

        Assert.False(await Store.ContainsAsync(kept.Sha256, CancellationToken.None));
        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task Storing_kept_bytes_again_renews_their_time_so_the_sweeper_spares_them()
    {
        var first = await Store.PutAsync(new MemoryStream([7, 7, 7]), Limit, CancellationToken.None);
        var before = Assert.Single(await ListAsync()).StoredAt;
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // S3 keeps times to the second

        await Store.PutAsync(new MemoryStream([7, 7, 7]), Limit, CancellationToken.None);

        Assert.True(Assert.Single(await ListAsync()).StoredAt > before, "the second put did not renew the time of " + first.Sha256);
    }

    [Fact]
    public async Task Bytes_in_transit_left_by_a_crash_a_day_ago_are_removed_and_those_of_a_running_put_are_not()
    {
        var incoming = Directory.CreateDirectory(Path.Combine(Root, "incoming")).FullName;
        var leftover = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        var running = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(leftover, new byte[100]);
        await File.WriteAllBytesAsync(running, new byte[100]);
        File.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddDays(-2));

        await Store.PutAsync(new MemoryStream([1]), Limit, CancellationToken.None);

        Assert.Equal([running], Directory.GetFiles(incoming));
    }

    [Fact]
    public async Task A_name_that_is_not_a_sha256_never_reaches_the_store()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync("../../etc/passwd", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync("ABC", CancellationToken.None));
    }

    protected async Task<byte[]> ReadAsync(string sha256)
    {
        using var copy = new MemoryStream();
        await using (var stored = await Store.OpenReadAsync(sha256, CancellationToken.None))
        {
            await stored.CopyToAsync(copy);
        }

        return copy.ToArray();
    }

    protected async Task<List<KeptObject>> ListAsync()
    {
        var all = new List<KeptObject>();
        await foreach (var kept in Store.ListAsync(CancellationToken.None))
        {
            all.Add(kept);
        }

        return all;
    }
}
