using ArticleData.Engine.Model;

namespace ArticleData.Engine.Emit;

/// <summary>Which #line directives map generated members back to their article file.</summary>
public enum LineDirectiveForm
{
    /// <summary>None (<c>ArticleDataLineDirectives</c> is false).</summary>
    None,

    /// <summary><c>#line N "path"</c>: the line only, for language versions before C# 10.</summary>
    Plain,

    /// <summary><c>#line (line, col) - (line, col) offset "path"</c>: the member's name maps onto the exact span (C# 10 on).</summary>
    Enhanced,
}

/// <summary>A span of the article file, as a #line directive gives it: 1-based line and column of its first and of its last character.</summary>
public readonly record struct FileRange(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The file's first character: where a member that stands for the whole file maps.</summary>
    public static FileRange FileStart { get; } = new(1, 1, 1, 1);
}

/// <summary>
/// Writes a generated member's declaration between a #line directive that maps its name to where it comes from in the
/// article (headline, standfirst, first mention, claim) and <c>#line default</c>. The compiler then reports that place
/// for the member: in diagnostics, in <c>Location.GetMappedLineSpan</c>, and in the PDB's sequence points for its code.
/// The path is the article's path as the compiler gave it (a relative one would resolve against the generated file's
/// own virtual path); a path a directive cannot hold gets no directives at all.
/// </summary>
public sealed class ArticleLineMap
{
    /// <summary>The largest line number the compiler accepts in a #line directive; larger values are an error.</summary>
    private const int MaxLine = 0xFEEFED;

    /// <summary>The largest column and character offset the compiler accepts in an enhanced #line directive.</summary>
    private const int MaxCharacter = 0x10000;

    private readonly ArticleDocument _document;
    private readonly LineDirectiveForm _form;

    public ArticleLineMap(ArticleDocument document, LineDirectiveForm form)
    {
        _document = document;
        _form = CanHold(document.Path) ? form : LineDirectiveForm.None;
    }

    /// <summary>
    /// True when <paramref name="path"/> can stand in a #line directive: its file name is a quoted string with no escapes,
    /// so it must hold no quote, no line break or other control character, and no lone surrogate (which would not survive
    /// the generated file's UTF-8 encoding).
    /// </summary>
    public static bool CanHold(string path)
    {
        if (path.Length == 0) return false;
        for (int i = 0; i < path.Length; i++)
        {
            char c = path[i];
            if (c == '"' || char.IsControl(c) || c == '\u2028' || c == '\u2029') return false;
            if (char.IsHighSurrogate(c) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return false;
        }
        return true;
    }

    /// <summary>The whole text of a headline, standfirst or paragraph; null for an empty block.</summary>
    public FileRange? Of(TextBlock? block) => block is null ? null : Range(block, 0, block.Text.Length);

    /// <summary>A located span of the article's text (a mention, a claim); null if its block is not found.</summary>
    public FileRange? Of(SpanInfo span) => _document.BlockOf(span) is { } block ? Range(block, span.Offset, span.Length) : null;

    /// <summary>
    /// Writes <c>prefix + name + suffix</c> as one line. With a <paramref name="range"/> and directives on, the line is
    /// mapped: the enhanced form maps the text from <paramref name="name"/> on to the range, the plain form the line.
    /// </summary>
    public void Member(CodeWriter w, FileRange? range, string prefix, string name, string suffix)
    {
        bool mapped = OpenDirective(w, range, prefix);
        w.Begin().Append(prefix).Append(name).Append(suffix).End();
        if (mapped) w.Line("#line default");
    }

    /// <summary>A string constant, <c>{prefix}{name} = "{value}";</c>, mapped like <see cref="Member"/>; the value goes straight into the output.</summary>
    public void Constant(CodeWriter w, FileRange? range, string prefix, string name, string value)
    {
        bool mapped = OpenDirective(w, range, prefix);
        w.Begin().Append(prefix).Append(name).Append(" = ").Literal(value).Append(";").End();
        if (mapped) w.Line("#line default");
    }

    /// <summary>Writes the #line directive for a member that starts with <paramref name="prefix"/>; false where none is written.</summary>
    private bool OpenDirective(CodeWriter w, FileRange? range, string prefix)
    {
        if (_form == LineDirectiveForm.None || range is not { } r || !Valid(r)) return false;
        string path = "\"" + _document.Path + "\"";
        // The offset is the 1-based column where the mapped text starts on the next line: after indentation and prefix.
        int offset = w.IndentWidth + prefix.Length + 1;
        if (_form == LineDirectiveForm.Enhanced && r.StartColumn <= MaxCharacter && r.EndColumn <= MaxCharacter && offset <= MaxCharacter)
        {
            w.Line($"#line ({Literals.Int(r.StartLine)}, {Literals.Int(r.StartColumn)}) - ({Literals.Int(r.EndLine)}, {Literals.Int(r.EndColumn)}) {Literals.Int(offset)} {path}");
        }
        else
        {
            // The plain form: before C# 10, or where a column is beyond what the enhanced form accepts (a very long line).
            w.Line($"#line {Literals.Int(r.StartLine)} {path}");
        }
        return true;
    }

    /// <summary>From the first character of the text run to its last; an empty run is its first position.</summary>
    private static FileRange? Range(TextBlock block, int offset, int length)
    {
        if (block.Anchors.IsEmpty) return null;
        var (startLine, startColumn) = block.Locate(offset);
        if (length <= 0) return new FileRange(startLine, startColumn, startLine, startColumn);
        var (endLine, endColumn) = block.Locate(offset + length - 1);
        return new FileRange(startLine, startColumn, endLine, endColumn);
    }

    /// <summary>A range either form can hold: positive lines within the compiler's limit, the end not before the start.</summary>
    private static bool Valid(FileRange r) =>
        r.StartLine >= 1 && r.StartColumn >= 1 && r.EndLine <= MaxLine
        && (r.EndLine > r.StartLine || (r.EndLine == r.StartLine && r.EndColumn >= r.StartColumn));
}
