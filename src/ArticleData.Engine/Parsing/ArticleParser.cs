using System;
using System.Collections.Generic;
using System.Threading;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Parsing;

/// <summary>
/// Turns an article file's text into an <see cref="ArticleDocument"/>. Plain text: line 1 the headline, line 2 (if not
/// empty) the standfirst, then the body — one paragraph per line, or, when the body has blank lines, paragraphs
/// separated by blank lines (their lines joined). Markdown: optional front matter between '---' lines, the headline from
/// front matter or the first '# ' heading, paragraphs separated by blank lines, inline markup stripped from the
/// text extraction reads. Never throws; what is wrong becomes a located diagnostic.
/// </summary>
public static class ArticleParser
{
    public static ArticleFormat FormatOf(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
            ? ArticleFormat.Markdown
            : ArticleFormat.PlainText;

    public static ArticleDocument Parse(string path, string text, CancellationToken cancellationToken = default) =>
        Parse(path, text, FormatOf(path), cancellationToken);

    public static ArticleDocument Parse(string path, string text, ArticleFormat format, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<ArticleDiagnostic>();
        if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);

        int nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            var (line, column) = Position(text, nul);
            diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.NotText,
                "The file is not text: it holds NUL characters (binary data, or UTF-16 without a byte-order mark). Save it as UTF-8.",
                path, line, column, 1));
            return Failed(path, format, diagnostics);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.EmptyArticle,
                "The article is empty. Write its headline on the first line, then the body.", path, 1, 1, 0));
            return Failed(path, format, diagnostics);
        }

        var lines = SourceLines.Split(text);
        cancellationToken.ThrowIfCancellationRequested();
        return format == ArticleFormat.Markdown
            ? ParseMarkdown(path, lines, diagnostics, cancellationToken)
            : ParsePlainText(path, lines, diagnostics, cancellationToken);
    }

    private static ArticleDocument ParsePlainText(string path, List<SourceLine> lines, List<ArticleDiagnostic> diagnostics, CancellationToken ct)
    {
        if (lines[0].IsBlank)
        {
            diagnostics.Add(NoHeadline(path, "its first line is empty. Put the headline on line 1"));
            return Failed(path, ArticleFormat.PlainText, diagnostics);
        }
        var title = SingleLine(TextPart.Title, lines[0]);
        TextBlock? standfirst = lines.Count > 1 && !lines[1].IsBlank ? SingleLine(TextPart.Standfirst, lines[1]) : null;
        int bodyStart = standfirst is null ? 1 : 2;
        var body = lines.GetRange(Math.Min(bodyStart, lines.Count), lines.Count - Math.Min(bodyStart, lines.Count));
        var paragraphs = HasInnerBlankLine(body) ? Blocks(body, markdown: false, ct) : OnePerLine(body, ct);
        return new ArticleDocument(path, ArticleFormat.PlainText, title, standfirst, paragraphs.ToEquatableArray(), FrontMatter.Empty,
            diagnostics.ToEquatableArray());
    }

    private static ArticleDocument ParseMarkdown(string path, List<SourceLine> lines, List<ArticleDiagnostic> diagnostics, CancellationToken ct)
    {
        var front = FrontMatter.Empty;
        int bodyStart = 0;
        if (lines[0].Text.TrimEnd() == "---")
        {
            int close = lines.FindIndex(1, l => l.Text.TrimEnd() == "---" || l.Text.TrimEnd() == "...");
            if (close < 0)
            {
                diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.UnclosedFrontMatter,
                    "Unclosed front matter: the '---' on line 1 is never closed. End the front matter with a line holding only '---'.",
                    path, 1, 1, 3));
                return Failed(path, ArticleFormat.Markdown, diagnostics);
            }
            front = FrontMatterParser.Parse(path, lines.GetRange(1, close - 1), diagnostics);
            bodyStart = close + 1;
        }

        var rest = lines.GetRange(bodyStart, lines.Count - bodyStart);
        TextBlock? title = null;
        if (front.Title is { } frontTitle)
        {
            title = Literal(TextPart.Title, frontTitle, FindLine(lines, 0, bodyStart, "title"));
        }
        else
        {
            int heading = rest.FindIndex(l => !l.IsBlank);
            if (heading >= 0 && rest[heading].Text.TrimStart().StartsWith("# ", StringComparison.Ordinal))
            {
                var builder = new PlainTextBuilder();
                MarkdownInline.AppendLine(builder, rest[heading], 1);
                var (text, anchors) = builder.Build();
                title = new TextBlock(TextPart.Title, 0, text, rest[heading].Text.Trim(), anchors);
                rest = rest.GetRange(heading + 1, rest.Count - heading - 1);
            }
        }
        if (title is null || title.Text.Length == 0)
        {
            diagnostics.Add(NoHeadline(path, "it has no 'title:' in front matter and does not start with a '# ' heading. Add either"));
            return Failed(path, ArticleFormat.Markdown, diagnostics);
        }

        TextBlock? standfirst = front.Standfirst is { } s ? Literal(TextPart.Standfirst, s, FindLine(lines, 0, bodyStart, "standfirst", "summary", "description")) : null;
        var paragraphs = Blocks(rest, markdown: true, ct);
        return new ArticleDocument(path, ArticleFormat.Markdown, title, standfirst, paragraphs.ToEquatableArray(), front,
            diagnostics.ToEquatableArray());
    }

    private static bool HasInnerBlankLine(List<SourceLine> body)
    {
        int first = body.FindIndex(l => !l.IsBlank);
        int last = body.FindLastIndex(l => !l.IsBlank);
        for (int i = first + 1; i < last; i++) if (body[i].IsBlank) return true;
        return false;
    }

    private static List<TextBlock> OnePerLine(List<SourceLine> body, CancellationToken ct)
    {
        var paragraphs = new List<TextBlock>();
        foreach (var line in body)
        {
            ct.ThrowIfCancellationRequested();
            if (line.IsBlank) continue;
            var block = SingleLine(TextPart.Body, line, paragraphs.Count);
            paragraphs.Add(block);
        }
        return paragraphs;
    }

    /// <summary>Paragraphs separated by blank lines; the lines of one paragraph are joined with a space.</summary>
    private static List<TextBlock> Blocks(List<SourceLine> body, bool markdown, CancellationToken ct)
    {
        var paragraphs = new List<TextBlock>();
        int i = 0;
        while (i < body.Count)
        {
            ct.ThrowIfCancellationRequested();
            if (body[i].IsBlank) { i++; continue; }
            int start = i;
            while (i < body.Count && !body[i].IsBlank) i++;
            var builder = new PlainTextBuilder();
            var source = new System.Text.StringBuilder();
            for (int k = start; k < i; k++)
            {
                if (k > start) { builder.AppendLineJoin(body[k - 1].Number, body[k - 1].Text.Length + 1); source.Append('\n'); }
                source.Append(body[k].Text.TrimEnd());
                if (markdown) MarkdownInline.AppendLine(builder, body[k], 1);
                else AppendVerbatim(builder, body[k]);
            }
            var (text, anchors) = builder.Build();
            if (text.Length == 0) continue;
            // One string where the source reads as the text (plain text, Markdown without markup): the generator keeps
            // every article's model between builds, so a second copy is memory held per article.
            string written = source.ToString().Trim();
            paragraphs.Add(new TextBlock(TextPart.Body, paragraphs.Count, text, written == text ? text : written, anchors));
        }
        return paragraphs;
    }

    private static TextBlock SingleLine(TextPart part, SourceLine line, int index = 0)
    {
        var builder = new PlainTextBuilder();
        AppendVerbatim(builder, line);
        var (text, anchors) = builder.Build();
        return new TextBlock(part, index, text, text, anchors);
    }

    private static void AppendVerbatim(PlainTextBuilder builder, SourceLine line)
    {
        for (int c = 0; c < line.Text.Length; c++) builder.Append(line.Text[c], line.Number, c + 1);
    }

    /// <summary>A block whose text comes from a front-matter value: located at the start of its key's line.</summary>
    private static TextBlock Literal(TextPart part, string text, int line) =>
        new(part, 0, text.Trim(), text.Trim(), new EquatableArray<SourceAnchor>(new[] { new SourceAnchor(0, line, 1) }));

    private static int FindLine(List<SourceLine> lines, int from, int to, params string[] keys)
    {
        for (int i = from; i < to; i++)
        {
            foreach (var key in keys)
            {
                if (lines[i].Text.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase)) return lines[i].Number;
            }
        }
        return 1;
    }

    private static ArticleDiagnostic NoHeadline(string path, string why) =>
        new(DiagnosticIds.NoHeadline, $"The article has no headline: {why}.", path, 1, 1, 0);

    /// <summary>A document that generates nothing and carries why.</summary>
    public static ArticleDocument Failed(string path, ArticleDiagnostic problem) =>
        Failed(path, FormatOf(path), new List<ArticleDiagnostic> { problem });

    private static ArticleDocument Failed(string path, ArticleFormat format, List<ArticleDiagnostic> diagnostics) =>
        new(path, format, new TextBlock(TextPart.Title, 0, "", "", EquatableArray<SourceAnchor>.Empty), null,
            EquatableArray<TextBlock>.Empty, FrontMatter.Empty, diagnostics.ToEquatableArray());

    private static (int Line, int Column) Position(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }
}
