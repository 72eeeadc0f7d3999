using System.Linq;
using ArticleData.Generator.Model;
using ArticleData.Generator.Pipeline;

namespace ArticleData.Generator.Emit;

/// <summary>
/// Writes one article's file: a static class with its text as constants, its record built lazily on first access,
/// and typed members for its entities and claims. C# 7.3, no warnings, same bytes for the same input.
/// </summary>
public static class ArticleEmitter
{
    private const string Rt = "global::ArticleData.";

    public static string HintName(ArticleUnit unit) => "ArticleData.Articles." + unit.Assignment.ClassName + ".g.cs";

    public static string Emit(ArticleUnit unit, GeneratorOptions options)
    {
        var model = unit.Article.Model;
        var doc = model.Document;
        string className = unit.Assignment.ClassName;
        string body = string.Join("\n\n", doc.Paragraphs.Select(p => p.Text));
        string sourceBody = string.Join("\n\n", doc.Paragraphs.Select(p => p.Source));
        bool sameSource = body == sourceBody;
        var w = new CodeWriter(4096 + body.Length * 2 + model.Entities.Count * 300 + model.Claims.Count * 300);

        FileHeader.Write(w, options);
        WriteAliases(w);
        FileHeader.OpenNamespace(w, options);
        w.Open($"{FileHeader.Visibility(options)} static partial class {options.ClassName}");

        w.Line($"/// <summary>{Literals.Xml(doc.Title.Text)}</summary>");
        w.Line("/// <remarks>");
        if (doc.Standfirst is not null) w.Line($"/// <para>{Literals.Xml(doc.Standfirst.Text)}</para>");
        if (doc.Paragraphs.Count > 0) w.Line($"/// <para>{Literals.Xml(doc.Paragraphs[0].Text, 300)}</para>");
        w.Line($"/// <para>Source: <c>{Literals.Xml(unit.Article.File.RelativePath)}</c> · slug <c>{Literals.Xml(unit.Assignment.Slug)}</c> · {model.Entities.Count} entities · {model.Claims.Count} claims</para>");
        w.Line("/// </remarks>");
        w.Open($"public static partial class {className}");

        Constant(w, "Slug", "The article's slug, the key <see cref=\"" + options.ClassName + ".Find(string)\"/> takes.", unit.Assignment.Slug);
        Constant(w, "Title", "The headline: " + Literals.Xml(doc.Title.Text, 200), doc.Title.Text);
        Constant(w, "Standfirst", "The standfirst (empty when the article has none).", doc.Standfirst?.Text ?? "");
        Constant(w, "SourcePath", "The article file, relative to the project: <c>" + Literals.Xml(unit.Article.File.RelativePath) + "</c>.", unit.Article.File.RelativePath);
        Constant(w, "Body", "The body's plain text, paragraphs separated by blank lines.", body);
        if (!sameSource) Constant(w, "SourceBody", "The body as written in the file (Markdown), paragraphs separated by blank lines.", sourceBody);

        w.Line();
        w.Line("/// <summary>The article as a record: text, paragraphs, entities, claims and metadata. Built on first access.</summary>");
        w.Line($"public static {Rt}Article Article => __Holder.Value;");
        w.Line();
        w.Open("private static class __Holder");
        w.Line($"internal static readonly {Rt}Article Value = __Create();");
        w.Close();
        w.Line();
        WriteCreate(w, model, className, sameSource);
        WriteEntities(w, model);
        WriteClaims(w, model);

        w.Close();
        w.Close();
        FileHeader.CloseNamespace(w, options);
        return w.ToString();
    }

    private static void Constant(CodeWriter w, string name, string doc, string value)
    {
        w.Line($"/// <summary>{doc}</summary>");
        w.Line($"public const string {name} = {Literals.String(value)};");
    }

    private static void WriteCreate(CodeWriter w, ArticleModel model, string className, bool sameSource)
    {
        var doc = model.Document;
        w.Open($"private static {Rt}Article __Create()");
        // The body is read from its constant's metadata rather than loaded as a string literal: literals share one
        // 16 MB heap per assembly, which thousands of articles would overflow; constants do not count against it.
        w.Line($"string body = {Rt}Internal.GeneratedText.Constant(typeof({className}), \"Body\");");
        w.Line(sameSource ? "string sourceBody = body;" : $"string sourceBody = {Rt}Internal.GeneratedText.Constant(typeof({className}), \"SourceBody\");");
        w.Line($"return new {Rt}Article(Slug, Title, Standfirst, SourcePath, body, sourceBody,");
        w.Line($"    new {Rt}Paragraph[]");
        w.Line("    {");
        int offset = 0, sourceOffset = 0;
        foreach (var p in doc.Paragraphs)
        {
            var (line, column) = p.Locate(0);
            w.Line($"        new {Rt}Paragraph({Literals.Int(p.Index)}, {Literals.Int(offset)}, {Literals.Int(p.Text.Length)}, {Literals.Int(sourceOffset)}, {Literals.Int(p.Source.Length)}, {Literals.Int(line)}, {Literals.Int(column)}),");
            offset += p.Text.Length + 2;
            sourceOffset += p.Source.Length + 2;
        }
        w.Line("    },");
        w.Line($"    new {Rt}Entity[]");
        w.Line("    {");
        foreach (var e in model.Entities)
        {
            string type = e.Kind switch
            {
                EntityKind.Person => "Person",
                EntityKind.Place => "Place",
                EntityKind.Organization => "Organization",
                _ => "NamedThing",
            };
            var mentions = string.Join(", ", e.Mentions.Select(m => $"new {Rt}Mention({Span(m.Span)})"));
            w.Line($"        new {Rt}{type}({Literals.String(e.Name)}, {Literals.String(e.Type)}, {Strings(e.Aliases)}, {Strings(e.Roles)}, new {Rt}Mention[] {{ {mentions} }}),");
        }
        w.Line("    },");
        w.Line($"    new {Rt}Claim[]");
        w.Line("    {");
        foreach (var c in model.Claims)
        {
            string attribution = c.Attribution is null
                ? "null"
                : $"new {Rt}Attribution({Literals.String(c.Attribution.Source)}, {Literals.Int(c.Attribution.Entity ?? -1)}, {Literals.String(c.Attribution.Verb)})";
            var quantities = string.Join(", ", c.Quantities.Select(q =>
                $"new {Rt}Quantity({Rt}QuantityKind.{q.Kind}, {Span(q.Span)}, {(q.Value is { } v ? Literals.Double(v) : "null")}, {Literals.String(q.Unit)})"));
            w.Line($"        new {Rt}Claim({Literals.String(c.Id)}, {Span(c.Span)}, {Rt}ClaimKind.{c.Kind}, {attribution}, {Rt}Certainty.{c.Certainty}, {Literals.String(c.HedgeCue)},");
            w.Line($"            new {Rt}Quantity[] {{ {quantities} }}, new int[] {{ {string.Join(", ", c.Entities.Select(Literals.Int))} }}),");
        }
        w.Line("    },");
        w.Line($"    {Metadata(doc.FrontMatter, doc.Format)});");
        w.Close();
    }

    private static void WriteEntities(CodeWriter w, ArticleModel model)
    {
        var names = EntityIdentifiers.For(model.Entities);
        w.Line();
        w.Line("/// <summary>The article's named entities, each typed by its kind.</summary>");
        w.Open("public static class Entities");
        for (int i = 0; i < model.Entities.Count; i++)
        {
            var e = model.Entities[i];
            string type = e.Kind switch
            {
                EntityKind.Person => "Person",
                EntityKind.Place => "Place",
                EntityKind.Organization => "Organization",
                _ => "NamedThing",
            };
            string roles = e.Roles.Count > 0 ? " — " + string.Join("; ", e.Roles) : "";
            w.Line($"/// <summary>{Literals.Xml(e.Name)} ({e.Kind}{(e.Type is null ? "" : ", " + Literals.Xml(e.Type))}){Literals.Xml(roles)}; {e.Mentions.Count} mention(s).</summary>");
            w.Line($"public static {Rt}{type} {names[i]} => ({Rt}{type})Article.Entities[{Literals.Int(i)}];");
        }
        w.Close();
    }

    private static void WriteClaims(CodeWriter w, ArticleModel model)
    {
        w.Line();
        w.Line("/// <summary>The article's checkable statements.</summary>");
        w.Open("public static class Claims");
        w.Line("/// <summary>Every claim, in reading order.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Rt}Claim> All => Article.Claims;");
        w.Close();
    }

    /// <summary>
    /// Short names for the types every span and metadata entry repeats: an article has hundreds of spans, and the fully
    /// qualified names were half of its generated size. The leading underscores keep them apart from every generated
    /// identifier (those start with a letter) and from user code (the aliases are file-scoped).
    /// </summary>
    private static void WriteAliases(CodeWriter w)
    {
        w.Line($"using __Span = {Rt}SourceSpan;");
        w.Line($"using __Part = {Rt}TextPart;");
        w.Line("using __Pair = global::System.Collections.Generic.KeyValuePair<string, string>;");
        w.Line();
    }

    private static string Span(SpanInfo s) =>
        $"new __Span(__Part.{s.Part}, {Literals.Int(s.Paragraph)}, {Literals.Int(s.Offset)}, {Literals.Int(s.Length)}, {Literals.Int(s.Line)}, {Literals.Int(s.Column)})";

    private static string Strings(EquatableArray<string> values) =>
        values.Count == 0 ? "new string[0]" : "new string[] { " + string.Join(", ", values.Select(v => Literals.String(v))) + " }";

    private static string Metadata(FrontMatter f, ArticleFormat format)
    {
        if (format == ArticleFormat.PlainText) return $"{Rt}ArticleMetadata.Empty";
        string date = f.Date is { } d ? $"new global::System.DateTime({Literals.Int(d.Year)}, {Literals.Int(d.Month)}, {Literals.Int(d.Day)})" : "null";
        string extra = f.Extra.Count == 0
            ? "new __Pair[0]"
            : "new __Pair[] { " + string.Join(", ", f.Extra.Select(e => $"new __Pair({Literals.String(e.Key)}, {Literals.String(e.Value)})")) + " }";
        return $"new {Rt}ArticleMetadata({date}, {Strings(f.Authors)}, {Strings(f.Tags)}, {Literals.String(f.Source)}, {Literals.String(f.Language)}, {(f.Draft ? "true" : "false")}, {extra})";
    }
}
