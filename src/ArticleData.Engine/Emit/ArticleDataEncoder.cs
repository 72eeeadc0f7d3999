using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Emit;

/// <summary>
/// Encodes everything of an article but its text into one string, the <c>__Data</c> constant of its generated class,
/// which ArticleData.Internal.GeneratedArticle.Create decodes at run time (see there for why data, not code).
/// </summary>
/// <remarks>
/// The compiler's cost follows the size of the generated code, so the encoding is compact:
/// <list type="bullet">
/// <item>Numbers are variable-length in printable ASCII that needs no escape in a C# literal: zero or more
/// continuation digits (<c>]</c>…<c>~</c>, base 34, least significant first), then one final digit (<c>0</c>…<c>[</c>,
/// 44 values). 0–43 take one character, up to 1,495 two, up to about 50,000 three.</item>
/// <item>Strings go through a per-article table: 0 is null, 1 a new string (its length, then its characters), k ≥ 2
/// the (k−2)th string already written. Entity types, verbs, units and repeated sources cost one character.</item>
/// <item>Positions are predicted: paragraph offsets follow from their lengths; a span's line and column are written
/// as the difference from its block's start (same line, column plus offset), zero for one-line paragraphs.</item>
/// <item>Claim ids, a hash of the claim's text, are recomputed by the runtime: one digit says so (and the repeat number).</item>
/// </list>
/// Texts (of claims, mentions, quantities, paragraphs) are never written here: they are spans into the text constants.
/// </remarks>
public static class ArticleDataEncoder
{
    /// <summary>Must equal ArticleData.Internal.GeneratedArticle.FormatVersion.</summary>
    public const int FormatVersion = 2;

    /// <summary>The first and last final digits; ArticleData.Internal.DataReader reads the same ranges.</summary>
    public const char FinalFirst = '0', FinalLast = '[';

    /// <summary>The first and last continuation digits (the range skips '\', which a literal would escape).</summary>
    public const char ContinuationFirst = ']', ContinuationLast = '~';

    private const int FinalBase = FinalLast - FinalFirst + 1;
    private const int ContinuationBase = ContinuationLast - ContinuationFirst + 1;

    public static string Encode(ArticleModel model)
    {
        var doc = model.Document;
        var w = new Writer(64 + model.Entities.Count * 24 + model.Claims.Count * 32);
        w.Int(FormatVersion);

        // Where each block starts in the file: the base that spans' lines and columns are predicted from.
        var titleStart = doc.Title.Locate(0);
        w.Int(titleStart.Line).Int(titleStart.Column);
        if (doc.Standfirst is null) w.Int(0);
        else
        {
            var start = doc.Standfirst.Locate(0);
            w.Int(1).Int(start.Line).Int(start.Column);
        }
        var blockStarts = new (int Line, int Column)[doc.Paragraphs.Count];
        w.Int(doc.Paragraphs.Count);
        int previousLine = titleStart.Line;
        for (int i = 0; i < doc.Paragraphs.Count; i++)
        {
            var p = doc.Paragraphs[i];
            var (line, column) = blockStarts[i] = p.Locate(0);
            w.Int(p.Text.Length).Signed(p.Source.Length - p.Text.Length).Signed(line - previousLine).Int(column);
            previousLine = line;
        }

        var spans = new SpanWriter(w, titleStart, doc.Standfirst?.Locate(0) ?? (1, 1), blockStarts);
        w.Int(model.Entities.Count);
        foreach (var e in model.Entities)
        {
            // Kind, and 1 where the name is its first mention's text (most are), so the name is not written twice.
            bool nameIsFirstMention = e.Mentions.Count > 0 && SpanCovers(doc, e.Mentions[0].Span, e.Name);
            w.Int((int)e.Kind * 2 + (nameIsFirstMention ? 1 : 0));
            if (!nameIsFirstMention) w.String(e.Name);
            w.String(e.Type).Strings(e.Aliases).Strings(e.Roles);
            w.Int(e.Mentions.Count);
            foreach (var m in e.Mentions) spans.Write(m.Span);
        }

        w.Int(model.Claims.Count);
        foreach (var c in model.Claims)
        {
            ClaimIdentifier(w, doc, c);
            spans.Write(c.Span);
            w.Int((int)c.Kind);
            if (c.Attribution is null) w.Int(0);
            else w.Int(1).String(c.Attribution.Source).Int((c.Attribution.Entity ?? -1) + 1).String(c.Attribution.Verb);
            w.Int((int)c.Certainty).String(c.HedgeCue);
            w.Int(c.Quantities.Count);
            foreach (var q in c.Quantities)
            {
                w.Int((int)q.Kind);
                spans.WriteWithin(q.Span, c.Span);
                Number(w, q.Value);
                w.String(q.Unit);
            }
            w.Int(c.Entities.Count);
            foreach (var i in c.Entities) w.Int(i);
        }

        var f = doc.FrontMatter;
        if (doc.Format == ArticleFormat.PlainText)
        {
            w.Int(0);
        }
        else
        {
            w.Int(1);
            if (f.Date is { } d) w.Int(1).Int(d.Year).Int(d.Month).Int(d.Day); else w.Int(0);
            w.Strings(f.Authors).Strings(f.Tags).String(f.Source).String(f.Language).Int(f.Draft ? 1 : 0);
            w.Int(f.Extra.Count);
            foreach (var e in f.Extra) w.String(e.Key).String(e.Value);
        }
        return w.ToString();
    }

    /// <summary>
    /// The entity catalog's table (read by ArticleData.Internal.GeneratedEntityCatalog): for each entity, how many
    /// occurrences, then each as its article's index in the catalog and its index among that article's entities.
    /// </summary>
    public static string Occurrences(IEnumerable<IEnumerable<(int Article, int Entity)>> entities)
    {
        var w = new Writer(1024);
        foreach (var occurrences in entities)
        {
            var list = occurrences.ToList();
            w.Int(list.Count);
            foreach (var (article, entity) in list) w.Int(article).Int(entity);
        }
        return w.ToString();
    }

    /// <summary>True when the span is exactly <paramref name="text"/> in its block: what the decoder reads back from it.</summary>
    private static bool SpanCovers(ArticleDocument doc, SpanInfo span, string text) =>
        doc.BlockCovering(span) is { } block && span.Length == text.Length && string.CompareOrdinal(block.Text, span.Offset, text, 0, text.Length) == 0;

    /// <summary>
    /// A claim id. Ids are a hash of the claim's text, which the runtime recomputes from the span (the same ClaimId code
    /// is compiled into it): 1 for the id of the text, k ≥ 2 for that id with the repeat suffix "-k"; 0 and the id as a
    /// string for anything else.
    /// </summary>
    private static void ClaimIdentifier(Writer w, ArticleDocument doc, ClaimInfo claim)
    {
        if (SpanCovers(doc, claim.Span, claim.Text))
        {
            string computed = Extraction.Claims.ClaimId.For(claim.Text);
            if (claim.Id == computed)
            {
                w.Int(1);
                return;
            }
            if (claim.Id.Length > computed.Length + 1 && claim.Id.StartsWith(computed + "-", StringComparison.Ordinal)
                && int.TryParse(claim.Id.Substring(computed.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int repeat)
                && repeat >= 2 && claim.Id == Extraction.Claims.ClaimId.For(claim.Text, repeat))
            {
                w.Int(repeat);
                return;
            }
        }
        w.Int(0).String(claim.Id);
    }

    /// <summary>A quantity's value: 0 none, 1 a whole number (signed), 2 any other number as round-trip text.</summary>
    private static void Number(Writer w, double? value)
    {
        if (value is not { } v) w.Int(0);
        else if (v == Math.Floor(v) && Math.Abs(v) <= int.MaxValue && !(v == 0 && 1 / v < 0)) w.Int(1).Signed((int)v);
        else w.Int(2).String(v.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>Spans as part, paragraph, offset, length and the line and column as differences from where the block starts.</summary>
    private sealed class SpanWriter
    {
        private readonly Writer _w;
        private readonly (int Line, int Column) _title, _standfirst;
        private readonly (int Line, int Column)[] _paragraphs;

        public SpanWriter(Writer w, (int Line, int Column) title, (int Line, int Column) standfirst, (int Line, int Column)[] paragraphs)
        {
            _w = w;
            _title = title;
            _standfirst = standfirst;
            _paragraphs = paragraphs;
        }

        public void Write(SpanInfo s)
        {
            _w.Int((int)s.Part);
            if (s.Part == TextPart.Body) _w.Int(s.Paragraph);
            _w.Int(s.Offset);
            WriteRest(s);
        }

        /// <summary>
        /// A span inside another (a quantity in its claim): 1 + its offset from the outer span's start, then the rest;
        /// or 0 and the span in full where it is not in the outer span's block after its start.
        /// </summary>
        public void WriteWithin(SpanInfo s, SpanInfo outer)
        {
            if (s.Part == outer.Part && s.Paragraph == outer.Paragraph && s.Offset >= outer.Offset)
            {
                _w.Int(s.Offset - outer.Offset + 1);
                WriteRest(s);
            }
            else
            {
                _w.Int(0);
                Write(s);
            }
        }

        /// <summary>After the offset: the length, and line and column as differences from the block's start.</summary>
        private void WriteRest(SpanInfo s)
        {
            (int Line, int Column) start = s.Part == TextPart.Title ? _title : s.Part == TextPart.Standfirst ? _standfirst
                : s.Paragraph >= 0 && s.Paragraph < _paragraphs.Length ? _paragraphs[s.Paragraph] : (1, 1);
            _w.Int(s.Length).Signed(s.Line - start.Line);
            // On the block's first line the column is predicted from the offset; on a later line it is written as it is.
            if (s.Line == start.Line) _w.Signed(s.Column - (start.Column + s.Offset)); else _w.Int(s.Column);
        }
    }

    private sealed class Writer
    {
        private readonly StringBuilder _builder;
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

        public Writer(int capacity) => _builder = new StringBuilder(capacity);

        /// <summary>A number ≥ 0 (a negative one, which the model never holds where this is called, is written as 0).</summary>
        public Writer Int(int value) => Digits(value < 0 ? 0u : (uint)value);

        /// <summary>Any number, zig-zag folded: 0, -1, 1, -2, 2 … → 0, 1, 2, 3, 4 ….</summary>
        public Writer Signed(int value) => Digits((uint)((value << 1) ^ (value >> 31)));

        /// <summary>Continuation digits, least significant first, then the final digit.</summary>
        private Writer Digits(uint v)
        {
            while (v >= FinalBase)
            {
                _builder.Append((char)(ContinuationFirst + (int)(v % ContinuationBase)));
                v /= ContinuationBase;
            }
            _builder.Append((char)(FinalFirst + (int)v));
            return this;
        }

        public Writer String(string? value)
        {
            if (value is null) return Int(0);
            if (_strings.TryGetValue(value, out int index)) return Int(index + 2);
            _strings.Add(value, _strings.Count);
            Int(1).Int(value.Length);
            _builder.Append(value);
            return this;
        }

        public Writer Strings(EquatableArray<string> values)
        {
            Int(values.Count);
            foreach (var v in values) String(v);
            return this;
        }

        public override string ToString() => _builder.ToString();
    }
}
