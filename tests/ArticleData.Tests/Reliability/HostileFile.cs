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
    public string DecodedText => Bytes is null ? File.Text : ArticleData.Engine.Project.FileText.Decode(Bytes);

    public AdditionalText ToAdditionalText() => new InMemoryAdditionalText(GeneratorHarness.Full(File.Path), DecodedText);
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
