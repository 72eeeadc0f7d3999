using System.Globalization;
using System.Text;
using ArticleData.Generator.Model;

namespace ArticleData.Generator.Emit;

/// <summary>
/// Encodes everything of an article but its text into one string, the <c>__Data</c> constant of its generated class,
/// which ArticleData.Internal.GeneratedArticle.Create decodes at run time (see there for why data, not code). A flat
/// sequence of integers ("123,") and strings (their length as an integer, then the characters; -1 for null), in the
/// order Create reads them.
/// </summary>
public static class ArticleDataEncoder
{
    /// <summary>Must equal ArticleData.Internal.GeneratedArticle.FormatVersion.</summary>
    public const int FormatVersion = 1;

    public static string Encode(ArticleModel model)
    {
        var doc = model.Document;
        var w = new Writer(256 + model.Entities.Count * 64 + model.Claims.Count * 96);
        w.Int(FormatVersion);

        w.Int(doc.Paragraphs.Count);
        int offset = 0, sourceOffset = 0;
        foreach (var p in doc.Paragraphs)
        {
            var (line, column) = p.Locate(0);
            w.Int(offset).Int(p.Text.Length).Int(sourceOffset).Int(p.Source.Length).Int(line).Int(column);
            offset += p.Text.Length + 2;
            sourceOffset += p.Source.Length + 2;
        }

        w.Int(model.Entities.Count);
        foreach (var e in model.Entities)
        {
            w.Int((int)e.Kind).String(e.Name).String(e.Type).Strings(e.Aliases).Strings(e.Roles);
            w.Int(e.Mentions.Count);
            foreach (var m in e.Mentions) w.Span(m.Span);
        }

        w.Int(model.Claims.Count);
        foreach (var c in model.Claims)
        {
            w.String(c.Id).Span(c.Span).Int((int)c.Kind);
            if (c.Attribution is null) w.Int(0);
            else w.Int(1).String(c.Attribution.Source).Int(c.Attribution.Entity ?? -1).String(c.Attribution.Verb);
            w.Int((int)c.Certainty).String(c.HedgeCue);
            w.Int(c.Quantities.Count);
            foreach (var q in c.Quantities)
            {
                w.Int((int)q.Kind).Span(q.Span).String(q.Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : null).String(q.Unit);
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
            if (f.Date is { } d) w.Int(d.Year).Int(d.Month).Int(d.Day); else w.Int(-1).Int(0).Int(0);
            w.Strings(f.Authors).Strings(f.Tags).String(f.Source).String(f.Language).Int(f.Draft ? 1 : 0);
            w.Int(f.Extra.Count);
            foreach (var e in f.Extra) w.String(e.Key).String(e.Value);
        }
        return w.ToString();
    }

    /// <summary>Must compute what ArticleData.Internal.GeneratedArticle.Bucket computes: FNV-1a over UTF-16 code units.</summary>
    public static int Bucket(string slug, int buckets)
    {
        uint hash = 2166136261;
        foreach (char c in slug)
        {
            hash ^= c;
            hash *= 16777619;
        }
        return (int)(hash % (uint)buckets);
    }

    private sealed class Writer
    {
        private readonly StringBuilder _builder;

        public Writer(int capacity) => _builder = new StringBuilder(capacity);

        public Writer Int(int value)
        {
            _builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');
            return this;
        }

        public Writer String(string? value)
        {
            if (value is null) return Int(-1);
            Int(value.Length);
            _builder.Append(value);
            return this;
        }

        public Writer Strings(EquatableArray<string> values)
        {
            Int(values.Count);
            foreach (var v in values) String(v);
            return this;
        }

        public Writer Span(SpanInfo s) => Int((int)s.Part).Int(s.Paragraph).Int(s.Offset).Int(s.Length).Int(s.Line).Int(s.Column);

        public override string ToString() => _builder.ToString();
    }
}
