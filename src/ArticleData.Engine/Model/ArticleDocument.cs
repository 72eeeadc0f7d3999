namespace ArticleData.Engine.Model;

/// <summary>Which part of an article a piece of text belongs to.</summary>
public enum TextPart
{
    Title,
    Standfirst,
    Body,
}

/// <summary>
/// Where a run of a block's plain text starts in the file: from <see cref="Offset"/> on, characters map one to one
/// onto the file, starting at (<see cref="Line"/>, <see cref="Column"/>), both 1-based, columns in UTF-16 code units.
/// A block gets a new anchor wherever the mapping jumps: a joined line break, stripped Markdown markup.
/// </summary>
public readonly record struct SourceAnchor(int Offset, int Line, int Column);

/// <summary>A headline, standfirst or body paragraph: its plain text (what extraction reads) and its source form.</summary>
public sealed record TextBlock(TextPart Part, int Index, string Text, string Source, EquatableArray<SourceAnchor> Anchors)
{
    /// <summary>The 1-based line and column in the file of the character at <paramref name="offset"/> of <see cref="Text"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        if (Anchors.IsEmpty) return (1, 1);
        int lo = 0, hi = Anchors.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Anchors[mid].Offset <= offset) lo = mid; else hi = mid - 1;
        }
        var anchor = Anchors[lo];
        return (anchor.Line, anchor.Column + (offset - anchor.Offset));
    }

    /// <summary>A span of this block's text, located in the file.</summary>
    public SpanInfo Span(int offset, int length)
    {
        var (line, column) = Locate(offset);
        return new SpanInfo(Part, Index, offset, length, line, column);
    }
}

/// <summary>A located span: the block it is in, the offset and length in that block's plain text, and the file position.</summary>
public readonly record struct SpanInfo(TextPart Part, int Paragraph, int Offset, int Length, int Line, int Column);

/// <summary>A date as written in front matter: year, month, day.</summary>
public readonly record struct DateValue(int Year, int Month, int Day);

/// <summary>A front-matter entry the generator has no field for, kept as text.</summary>
public readonly record struct MetadataEntry(string Key, string Value);

/// <summary>Typed front matter of a Markdown article (all empty for plain text).</summary>
public sealed record FrontMatter(
    string? Title,
    string? Standfirst,
    string? Slug,
    DateValue? Date,
    EquatableArray<string> Authors,
    EquatableArray<string> Tags,
    string? Source,
    string? Language,
    bool Draft,
    EquatableArray<GlossaryEntry> Entities,
    EquatableArray<MetadataEntry> Extra)
{
    public static FrontMatter Empty { get; } = new(null, null, null, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty,
        null, null, false, EquatableArray<GlossaryEntry>.Empty, EquatableArray<MetadataEntry>.Empty);
}

/// <summary>
/// A parsed article: headline, standfirst, body paragraphs and front matter, with every piece located in its file,
/// and the diagnostics the parse raised. Knows nothing of Roslyn.
/// </summary>
public sealed record ArticleDocument(
    string Path,
    ArticleFormat Format,
    TextBlock Title,
    TextBlock? Standfirst,
    EquatableArray<TextBlock> Paragraphs,
    FrontMatter FrontMatter,
    EquatableArray<ArticleDiagnostic> Diagnostics)
{
    /// <summary>Headline, standfirst (if any) and paragraphs, in reading order.</summary>
    public System.Collections.Generic.IEnumerable<TextBlock> Blocks
    {
        get
        {
            yield return Title;
            if (Standfirst is not null) yield return Standfirst;
            foreach (var p in Paragraphs) yield return p;
        }
    }

    /// <summary>The block a span lies in (indexed, not searched: an article may have thousands of paragraphs); null if there is none.</summary>
    public TextBlock? BlockOf(SpanInfo span) => span.Part switch
    {
        TextPart.Title => Title,
        TextPart.Standfirst => Standfirst,
        _ => span.Paragraph >= 0 && span.Paragraph < Paragraphs.Count ? Paragraphs[span.Paragraph] : null,
    };

    /// <summary>The block a span lies in when the span lies wholly within its text; null otherwise.</summary>
    public TextBlock? BlockCovering(SpanInfo span) =>
        BlockOf(span) is { } block && span.Offset >= 0 && span.Length >= 0 && span.Offset + span.Length <= block.Text.Length ? block : null;

    /// <summary>True when the parse found the article unusable (no headline, not text…): nothing is generated for it.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var d in Diagnostics) if (d.Severity == DiagnosticSeverityKind.Error) return true;
            return false;
        }
    }
}

public enum ArticleFormat
{
    PlainText,
    Markdown,
}
