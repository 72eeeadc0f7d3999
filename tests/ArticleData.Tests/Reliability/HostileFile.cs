using System.Text;
using System.Threading;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleData.Tests.Reliability;

/// <summary>
/// A file handed to the generator: its MSBuild view (path, kind, slug) and either its text or, for encoding and
/// binary cases, its raw bytes, which are decoded the way the compiler decodes an AdditionalFile.
/// </summary>
public sealed record HostileFile(TestFile File, byte[]? Bytes = null)
{
    public static HostileFile Text(string path, string text, string kind = "Article", string? slug = null) => new(new TestFile(path, text, kind, slug));

    public static HostileFile Raw(string path, byte[] bytes, string kind = "Article") => new(new TestFile(path, "", kind), bytes);

    /// <summary>The text the generator receives.</summary>
    public string DecodedText => Bytes is null ? File.Text : CompilerDecoding.Decode(Bytes);

    public AdditionalText ToAdditionalText() => new InMemoryAdditionalText(GeneratorHarness.Full(File.Path), DecodedText);
}

/// <summary>
/// How csc turns an AdditionalFile's bytes into text: a byte-order mark picks the encoding; otherwise strict UTF-8,
/// and when the bytes are not valid UTF-8, a single-byte fallback (code page 1252 where available; Latin-1 here,
/// which agrees with it on every byte the tests use outside 0x80–0x9F).
/// </summary>
public static class CompilerDecoding
{
    public static string Decode(byte[] bytes)
    {
        // Like Roslyn's byte-order-mark check: UTF-8 and UTF-16 only (a UTF-32 mark reads as UTF-16 LE plus a NUL).
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}

/// <summary>An AdditionalText that runs an action the first time it is read: lets a test cancel a run from inside it.</summary>
public sealed class HookedAdditionalText : AdditionalText
{
    private readonly SourceText _text;
    private readonly System.Action _onRead;
    private int _reads;

    public HookedAdditionalText(string path, string text, System.Action onRead)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
        _onRead = onRead;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _reads) == 1) _onRead();
        return _text;
    }
}
