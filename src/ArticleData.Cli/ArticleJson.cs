using System.Linq;
using System.Text.Json;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;
using ArticleData.Engine.Project;

namespace ArticleData.Cli;

/// <summary>Writes an article's extraction as JSON: the shape `inspect --format json` and `export` print.</summary>
internal static class ArticleJson
{
    public static void Write(Utf8JsonWriter w, ArticleUnit unit)
    {
        var model = unit.Article.DecodeModel();
        var doc = model.Document;
        string path = unit.Article.File.FilePath;
        w.WriteStartObject();
        w.WriteString("path", path);
        w.WriteString("slug", unit.Assignment.Generate ? unit.Assignment.Slug : SlugOf(path, doc));
        w.WriteString("title", doc.Title.Text);
        w.WriteString("standfirst", doc.Standfirst?.Text);
        w.WriteString("format", doc.Format == ArticleFormat.Markdown ? "markdown" : "text");
        w.WriteStartArray("paragraphs");
        foreach (var p in doc.Paragraphs) w.WriteStringValue(p.Text);
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in model.Entities)
        {
            w.WriteStartObject();
            w.WriteString("name", e.Name);
            w.WriteString("kind", e.Kind.ToString());
            w.WriteString("type", e.Type);
            Strings(w, "aliases", e.Aliases);
            Strings(w, "roles", e.Roles);
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                w.WriteString("text", m.Text);
                Span(w, m.Span);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("claims");
        foreach (var c in model.Claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("text", c.Text);
            Span(w, c.Span);
            w.WriteString("kind", c.Kind.ToString());
            w.WriteString("attribution", c.Attribution?.Source);
            w.WriteString("attribution_entity", c.Attribution?.Entity is { } ai ? model.Entities[ai].Name : null);
            w.WriteString("verb", c.Attribution?.Verb);
            w.WriteBoolean("hedged", c.Certainty == Certainty.Hedged);
            w.WriteString("certainty", c.Certainty.ToString().ToLowerInvariant());
            w.WriteString("hedge_cue", c.HedgeCue);
            w.WriteStartArray("entities");
            foreach (var i in c.Entities) w.WriteStringValue(model.Entities[i].Name);
            w.WriteEndArray();
            w.WriteStartArray("quantities");
            foreach (var q in c.Quantities)
            {
                w.WriteStartObject();
                w.WriteString("kind", q.Kind.ToString());
                w.WriteString("text", q.Text);
                if (q.Value is { } v) w.WriteNumber("value", v); else w.WriteNull("value");
                w.WriteString("unit", q.Unit);
                Span(w, q.Span);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("diagnostics");
        foreach (var d in doc.Diagnostics.Concat(unit.Assignment.Diagnostics))
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteString("message", d.Message);
            w.WriteNumber("line", d.Line);
            w.WriteNumber("column", d.Column);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The slug an article that got none asked for (front matter, else its file name), to know it by.</summary>
    private static string SlugOf(string path, ArticleDocument doc) =>
        SlugTable.Normalize(doc.FrontMatter.Slug ?? Paths.FileNameWithoutExtension(path));

    private static void Span(Utf8JsonWriter w, SpanInfo s)
    {
        w.WriteString("part", s.Part.ToString().ToLowerInvariant());
        w.WriteNumber("paragraph", s.Paragraph);
        w.WriteNumber("offset", s.Offset);
        w.WriteNumber("line", s.Line);
        w.WriteNumber("column", s.Column);
        w.WriteNumber("length", s.Length);
    }

    private static void Strings(Utf8JsonWriter w, string name, EquatableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
