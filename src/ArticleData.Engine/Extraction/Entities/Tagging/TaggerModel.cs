using System;
using System.IO;
using System.Threading;

namespace ArticleData.Engine.Extraction.Entities.Tagging;

/// <summary>
/// The trained weights of the name tagger: a hashed feature table (2^<see cref="Bits"/> rows of
/// <see cref="NameTags.Count"/> weights, one per tag) and the tag-pair weights, stored as 16-bit integers under one
/// scale. The embedded file (Tagging/name-tagger.bin, written by tools/ArticleData.Training) holds only rows that
/// training touched, so it stays small; it loads once per process, lazily, into one dense array.
/// </summary>
internal sealed class TaggerModel
{
    private const uint Magic = 0x47544441; // "ADTG"
    private const int FormatVersion = 1;
    private const string ResourceName = "ArticleData.Tagger.name-tagger.bin";

    private static readonly Lazy<TaggerModel?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public TaggerModel(int bits, short[] rows, short[] transitions, float scale)
    {
        Bits = bits;
        Rows = rows;
        Transitions = transitions;
        Scale = scale;
    }

    /// <summary>The shipped model; null only if the resource is missing or unreadable (extraction then runs on rules alone).</summary>
    public static TaggerModel? Default => Embedded.Value;

    public int Bits { get; }

    public uint Mask => (1u << Bits) - 1;

    /// <summary>Row r's weight for tag y is at r × <see cref="NameTags.Count"/> + y.</summary>
    public short[] Rows { get; }

    /// <summary>(<see cref="NameTags.Count"/> + 1) × <see cref="NameTags.Count"/>: previous tag (or start) × tag.</summary>
    public short[] Transitions { get; }

    /// <summary>What one unit of a stored weight is worth (informational: decoding compares sums, so the scale cancels).</summary>
    public float Scale { get; }

    public void Write(Stream stream)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Bits);
        w.Write(NameTags.Count);
        w.Write(Scale);
        foreach (short v in Transitions) w.Write(v);
        int rows = 1 << Bits, used = 0;
        for (int r = 0; r < rows; r++) if (!Empty(r)) used++;
        w.Write(used);
        int previous = -1;
        for (int r = 0; r < rows; r++)
        {
            if (Empty(r)) continue;
            WriteGap(w, r - previous); // rows in order, each as the distance from the last: mostly one byte
            previous = r;
            for (int y = 0; y < NameTags.Count; y++) w.Write(Rows[r * NameTags.Count + y]);
        }
    }

    public static TaggerModel Read(Stream stream)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (r.ReadUInt32() != Magic || r.ReadInt32() != FormatVersion) throw new InvalidDataException("Not a name-tagger weights file of this version.");
        int bits = r.ReadInt32();
        if (bits < 8 || bits > 24 || r.ReadInt32() != NameTags.Count) throw new InvalidDataException("Unexpected tagger dimensions.");
        float scale = r.ReadSingle();
        var transitions = new short[(NameTags.Count + 1) * NameTags.Count];
        for (int i = 0; i < transitions.Length; i++) transitions[i] = r.ReadInt16();
        var rows = new short[(1 << bits) * NameTags.Count];
        int used = r.ReadInt32();
        int row = -1;
        for (int k = 0; k < used; k++)
        {
            row += ReadGap(r);
            if ((uint)row >= 1u << bits) throw new InvalidDataException("Row out of range.");
            for (int y = 0; y < NameTags.Count; y++) rows[row * NameTags.Count + y] = r.ReadInt16();
        }
        return new TaggerModel(bits, rows, transitions, scale);
    }

    private bool Empty(int row)
    {
        for (int y = 0; y < NameTags.Count; y++) if (Rows[row * NameTags.Count + y] != 0) return false;
        return true;
    }

    private static void WriteGap(BinaryWriter w, int gap)
    {
        while (gap >= 0x80) { w.Write((byte)(gap | 0x80)); gap >>= 7; }
        w.Write((byte)gap);
    }

    private static int ReadGap(BinaryReader r)
    {
        int gap = 0, shift = 0;
        byte b;
        do { b = r.ReadByte(); gap |= (b & 0x7F) << shift; shift += 7; } while ((b & 0x80) != 0 && shift < 35);
        return gap;
    }

    private static TaggerModel? LoadEmbedded()
    {
        try
        {
            using var stream = typeof(TaggerModel).Assembly.GetManifestResourceStream(ResourceName);
            return stream is null ? null : Read(stream);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            return null;
        }
    }
}
