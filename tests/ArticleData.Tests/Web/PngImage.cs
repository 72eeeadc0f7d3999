using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;

namespace ArticleData.Tests.Web;

/// <summary>
/// Just enough PNG decoding to look at a browser screenshot's pixels: 8-bit RGB or RGBA, not interlaced (what
/// headless Chromium writes). No image package is needed.
/// </summary>
public sealed class PngImage
{
    private readonly byte[] _pixels;
    private readonly int _channels;

    public int Width { get; }
    public int Height { get; }

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        _channels = channels;
        _pixels = pixels;
    }

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            int i = (y * Width + x) * _channels;
            return (_pixels[i], _pixels[i + 1], _pixels[i + 2]);
        }
    }

    public static PngImage Read(byte[] png)
    {
        if (png.Length < 8 || png[0] != 0x89 || png[1] != (byte)'P' || png[2] != (byte)'N' || png[3] != (byte)'G')
            throw new InvalidDataException("Not a PNG file.");
        int width = 0, height = 0, channels = 0;
        var compressed = new MemoryStream();
        for (int at = 8; at + 8 <= png.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data.Slice(4));
                byte depth = data[8], colour = data[9], interlace = data[12];
                channels = colour switch { 2 => 3, 6 => 4, _ => 0 };
                if (depth != 8 || channels == 0 || interlace != 0)
                    throw new InvalidDataException($"Unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}.");
            }
            else if (type == "IDAT") compressed.Write(data);
            else if (type == "IEND") break;
            at += 12 + length; // length, type, data, CRC
        }

        compressed.Position = 0;
        var raw = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionMode.Decompress)) z.CopyTo(raw);
        return new PngImage(width, height, channels, Unfilter(raw.ToArray(), width, height, channels));
    }

    /// <summary>Undoes the per-row filters (None, Sub, Up, Average, Paeth) of the PNG specification.</summary>
    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        int stride = width * channels;
        var pixels = new byte[stride * height];
        for (int y = 0; y < height; y++)
        {
            byte filter = raw[y * (stride + 1)];
            int source = y * (stride + 1) + 1, row = y * stride;
            for (int x = 0; x < stride; x++)
            {
                int a = x >= channels ? pixels[row + x - channels] : 0;
                int b = y > 0 ? pixels[row - stride + x] : 0;
                int c = x >= channels && y > 0 ? pixels[row - stride + x - channels] : 0;
                int predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                };
                pixels[row + x] = (byte)(raw[source + x] + predictor);
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
