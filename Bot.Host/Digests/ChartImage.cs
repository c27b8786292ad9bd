using SkiaSharp;

namespace Bot.Host.Digests;

/// <summary>A chart drawn on a white canvas of the given size and encoded as PNG: the digest's and the figures' pictures.</summary>
public static class ChartImage
{
    public static byte[] Png(int width, int height, Action<SKCanvas> draw)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.White);
        draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var encoded = image.Encode(SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }
}
