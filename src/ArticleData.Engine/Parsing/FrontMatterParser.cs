using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Parsing;

/// <summary>
/// Reads the front matter of a Markdown article: the YAML subset articles use — <c>key: value</c>, quoted strings,
/// flow lists <c>[a, b]</c> and block lists of <c>- item</c> lines. Known keys come out typed; unknown keys are kept
/// as text; anything else gets a diagnostic at its line and is skipped.
/// </summary>
internal static class FrontMatterParser
{
    private sealed class RawEntry
    {
        public RawEntry(string key, int line, int column, string value) { Key = key; Line = line; Column = column; Value = value; }
        public string Key { get; }
        public int Line { get; }
        public int Column { get; }
        public string Value { get; }
        public List<(string Text, int Line, int Column)> Items { get; } = new();
        public List<string> Nested { get; } = new();
    }

    public static FrontMatter Parse(string path, IReadOnlyList<SourceLine> lines, List<ArticleDiagnostic> diagnostics)
    {
        var entries = ReadEntries(path, lines, diagnostics);
        string? title = null, standfirst = null, slug = null, source = null, language = null;
        DateValue? date = null;
        bool draft = false;
        var authors = new List<string>();
        var tags = new List<string>();
        var entities = new List<GlossaryEntry>();
        var extra = new List<MetadataEntry>();

        foreach (var e in entries)
        {
            switch (e.Key.ToLowerInvariant())
            {
                case "title": title = Scalar(path, e, diagnostics); break;
                case "standfirst":
                case "summary":
                case "description": standfirst = Scalar(path, e, diagnostics); break;
                case "slug": slug = Scalar(path, e, diagnostics); break;
                case "source":
                case "url": source = Scalar(path, e, diagnostics); break;
                case "language":
                case "lang": language = Scalar(path, e, diagnostics); break;
                case "date": date = Date(path, e, diagnostics); break;
                case "draft": draft = Boolean(path, e, diagnostics); break;
                case "author":
                case "authors": authors.AddRange(List(e, splitScalarOnCommas: false)); break;
                case "tags":
                case "keywords": tags.AddRange(List(e, splitScalarOnCommas: true)); break;
                case "entities": entities.AddRange(Entities(path, e, diagnostics)); break;
                default:
                    var parts = new List<string>();
                    if (e.Value.Length > 0) parts.Add(Unquote(e.Value));
                    parts.AddRange(e.Items.Select(i => i.Text));
                    parts.AddRange(e.Nested);
                    extra.Add(new MetadataEntry(e.Key, string.Join("\n", parts)));
                    break;
            }
        }

        return new FrontMatter(title, standfirst, slug, date, authors.ToEquatableArray(), tags.ToEquatableArray(), source, language, draft,
            entities.ToEquatableArray(), extra.ToEquatableArray());
    }

    private static List<RawEntry> ReadEntries(string path, IReadOnlyList<SourceLine> lines, List<ArticleDiagnostic> diagnostics)
    {
        var entries = new List<RawEntry>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        RawEntry? current = null;
        foreach (var line in lines)
        {
            string text = line.Text;
            if (line.IsBlank || text.TrimStart().StartsWith("#", StringComparison.Ordinal)) continue;
            int indent = 0;
            while (indent < text.Length && (text[indent] == ' ' || text[indent] == '\t')) indent++;
            if (text.IndexOf('\t', 0, indent) >= 0)
            {
                diagnostics.Add(Error(path, line.Number, 1, indent, "a tab indents this line; YAML front matter is indented with spaces"));
                continue;
            }
            string body = text.Substring(indent).TrimEnd();
            if (indent > 0 || body.StartsWith("- ", StringComparison.Ordinal) || body == "-")
            {
                if (current is null)
                {
                    diagnostics.Add(Error(path, line.Number, indent + 1, body.Length, "this indented line belongs to no key"));
                }
                else if ((body.StartsWith("- ", StringComparison.Ordinal) || body == "-") && indent <= 2)
                {
                    current.Items.Add((Unquote(body.Substring(1).Trim()), line.Number, indent + 3));
                }
                else
                {
                    current.Nested.Add(body);
                }
                continue;
            }
            int colon = body.IndexOf(':');
            if (colon <= 0)
            {
                diagnostics.Add(Error(path, line.Number, 1, body.Length, $"'{Shorten(body)}' is not a 'key: value' line"));
                current = null;
                continue;
            }
            string key = body.Substring(0, colon).Trim();
            string value = body.Substring(colon + 1).Trim();
            string rest = body.Substring(colon + 1);
            int valueColumn = colon + 2 + (rest.Length - rest.TrimStart().Length);
            if (!seen.Add(key))
            {
                diagnostics.Add(Error(path, line.Number, 1, key.Length, $"the key '{key}' appears twice; the first value is kept"));
                current = null;
                continue;
            }
            if (value.StartsWith("&", StringComparison.Ordinal) || value.StartsWith("*", StringComparison.Ordinal))
            {
                diagnostics.Add(Invalid(path, line.Number, valueColumn, value.Length, $"'{key}' uses a YAML anchor or alias, which ArticleData does not resolve; the value is ignored, write it out instead"));
                current = null;
                continue;
            }
            current = new RawEntry(key, line.Number, valueColumn, value);
            entries.Add(current);
        }
        return entries;
    }

    private static string? Scalar(string path, RawEntry e, List<ArticleDiagnostic> diagnostics)
    {
        if (e.Items.Count > 0 || e.Nested.Count > 0 || e.Value.StartsWith("[", StringComparison.Ordinal) || e.Value.StartsWith("{", StringComparison.Ordinal))
        {
            diagnostics.Add(Invalid(path, e.Line, 1, e.Key.Length, $"'{e.Key}' must be a single text value, not a list or map"));
            return null;
        }
        string value = Unquote(e.Value);
        return value.Length == 0 ? null : value;
    }

    private static DateValue? Date(string path, RawEntry e, List<ArticleDiagnostic> diagnostics)
    {
        string? text = Scalar(path, e, diagnostics);
        if (text is null) return null;
        string datePart = text.Length >= 10 ? text.Substring(0, 10) : text;
        if (DateTime.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && (text.Length == 10 || text[10] == 'T' || text[10] == ' '))
        {
            return new DateValue(d.Year, d.Month, d.Day);
        }
        diagnostics.Add(Invalid(path, e.Line, e.Column, e.Value.Length, $"'{Shorten(text)}' is not a date; write it as YYYY-MM-DD"));
        return null;
    }

    private static bool Boolean(string path, RawEntry e, List<ArticleDiagnostic> diagnostics)
    {
        string? text = Scalar(path, e, diagnostics);
        switch (text?.ToLowerInvariant())
        {
            case null: return false;
            case "true": case "yes": case "on": return true;
            case "false": case "no": case "off": return false;
            default:
                diagnostics.Add(Invalid(path, e.Line, e.Column, e.Value.Length, $"'{Shorten(text)}' is not true or false; write true or false"));
                return false;
        }
    }

    private static IEnumerable<string> List(RawEntry e, bool splitScalarOnCommas)
    {
        IEnumerable<string> values;
        if (e.Value.StartsWith("[", StringComparison.Ordinal) && e.Value.EndsWith("]", StringComparison.Ordinal))
        {
            values = e.Value.Substring(1, e.Value.Length - 2).Split(',');
        }
        else if (e.Value.Length > 0)
        {
            values = splitScalarOnCommas ? e.Value.Split(',') : new[] { e.Value };
        }
        else
        {
            values = e.Items.Select(i => i.Text);
        }
        return values.Select(v => Unquote(v.Trim())).Where(v => v.Length > 0).ToList();
    }

    private static IEnumerable<GlossaryEntry> Entities(string path, RawEntry e, List<ArticleDiagnostic> diagnostics)
    {
        foreach (var (text, line, column) in e.Items)
        {
            var (entry, error) = GlossaryParser.ParseEntry(text);
            if (entry is not null) yield return entry;
            else diagnostics.Add(GlossaryParser.Invalid(path, line, column, text.Length, error!));
        }
        if (e.Value.Length > 0 || e.Nested.Count > 0)
        {
            diagnostics.Add(Invalid(path, e.Line, 1, e.Key.Length, "'entities' must be a list of '- Kind: Name | alias' items"));
        }
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && ((value[0] == '"' && value[value.Length - 1] == '"') || (value[0] == '\'' && value[value.Length - 1] == '\'')))
        {
            string inner = value.Substring(1, value.Length - 2);
            return value[0] == '"' ? inner.Replace("\\\"", "\"").Replace("\\\\", "\\") : inner.Replace("''", "'");
        }
        return value;
    }

    private static ArticleDiagnostic Error(string path, int line, int column, int length, string what) =>
        new(DiagnosticIds.MalformedFrontMatter,
            $"Malformed front matter: {what}. The line is skipped; fix or remove it.", path, line, column, Math.Max(length, 1));

    private static ArticleDiagnostic Invalid(string path, int line, int column, int length, string what) =>
        new(DiagnosticIds.InvalidFrontMatterValue,
            $"Invalid front-matter value: {what}.", path, line, column, Math.Max(length, 1));

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
}
