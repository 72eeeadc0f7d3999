using System.Linq;
using ArticleData.Engine.Model;
using ArticleData.Engine.Project;

namespace ArticleData.Engine.Emit;

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
        var w = new CodeWriter(Capacity(unit, options));
        Write(w, unit, options);
        return w.ToString();
    }

    /// <summary>
    /// About how many characters the article's file takes, at most, so its writer grows once at most: the body (twice
    /// for Markdown), a line or two per entity, and per claim its data (compact) or also its text and mapping (full).
    /// </summary>
    public static int Capacity(ArticleUnit unit, GeneratorOptions options)
    {
        var article = unit.Article;
        int body = 0;
        foreach (var p in article.Document.Paragraphs) body += p.Text.Length + 2;
        int perClaim = options.Detail == GeneratedDetail.Full ? 300 : 50;
        int jsonLd = options.JsonLd == JsonLdForm.Constant ? 512 + body + article.Entities.Count * 50 + article.ClaimCount * 30 : 0;
        return 2048 + body * 2 + article.Data.Length + article.Entities.Count * 250 + article.ClaimCount * perClaim + jsonLd;
    }

    /// <summary>Writes the article's file into <paramref name="w"/>: the header, and its class inside the catalog class.</summary>
    public static void Write(CodeWriter w, ArticleUnit unit, GeneratorOptions options)
    {
        OpenCatalog(w, options, quietMissingDocs: !Documented(unit, options));
        WriteClass(w, unit, options);
        CloseCatalog(w, options);
    }

    /// <summary>
    /// The file header, the namespace and the opening of the (partial) catalog class that article classes nest in.
    /// Where the file holds an article whose members carry no docs (see <see cref="Documented"/>), CS1591 is kept quiet
    /// for the whole file: once, not around each such article (20,000 directives the compiler maps at 10,000 articles).
    /// Every member the generator documents is documented anyway, so the pragma hides nothing else.
    /// </summary>
    public static void OpenCatalog(CodeWriter w, GeneratorOptions options, bool quietMissingDocs)
    {
        FileHeader.Write(w, options);
        if (quietMissingDocs) w.Line("#pragma warning disable CS1591");
        FileHeader.OpenNamespace(w, options);
        w.Open($"{FileHeader.Visibility(options)} static partial class {options.ClassName}");
    }

    public static void CloseCatalog(CodeWriter w, GeneratorOptions options)
    {
        w.Close();
        FileHeader.CloseNamespace(w, options);
    }

    /// <summary>One article's class, written inside the catalog class (see <see cref="OpenCatalog"/>).</summary>
    public static void WriteClass(CodeWriter w, ArticleUnit unit, GeneratorOptions options)
    {
        var doc = unit.Article.Document;
        string className = unit.Assignment.ClassName;
        string body = string.Join("\n\n", doc.Paragraphs.Select(p => p.Text));
        string sourceBody = string.Join("\n\n", doc.Paragraphs.Select(p => p.Source));
        bool sameSource = body == sourceBody;
        bool docs = Documented(unit, options);
        // #line maps what code names (go to definition, diagnostics) back to the article; an article no code names is
        // reached only through Find and All, so its constants are not mapped: the directives, each repeating the
        // article's path, were 6% of the generated code at 10,000 articles. Naming the article maps it.
        var map = new ArticleLineMap(doc, docs ? options.LineDirectives : LineDirectiveForm.None);

        bool full = options.Detail == GeneratedDetail.Full;
        w.Line($"/// <summary>{Literals.Xml(doc.Title.Text)}</summary>");
        if (full)
        {
            w.Line("/// <remarks>");
            if (doc.Standfirst is not null) w.Line($"/// <para>{Literals.Xml(doc.Standfirst.Text)}</para>");
            if (doc.Paragraphs.Count > 0) w.Line($"/// <para>{Literals.Xml(doc.Paragraphs[0].Text, 300)}</para>");
            w.Line($"/// <para>{Summary(unit)}</para>");
            w.Line("/// </remarks>");
        }
        else
        {
            w.Line($"/// <remarks>{unit.Article.Entities.Count} entities · {unit.Article.ClaimCount} claims</remarks>");
        }
        w.Open($"public static partial class {className}");

        var firstParagraph = doc.Paragraphs.Count > 0 ? map.Of(doc.Paragraphs[0]) : null;
        Constant(w, map, null, "Slug", docs ? "The slug, the key of <see cref=\"" + options.ClassName + ".Find(string)\"/>." : null, unit.Assignment.Slug);
        Constant(w, map, map.Of(doc.Title), "Title", docs ? "The headline." : null, doc.Title.Text);
        Constant(w, map, map.Of(doc.Standfirst), "Standfirst", docs ? "The standfirst, or empty." : null, doc.Standfirst?.Text ?? "");
        Constant(w, map, full ? FileRange.FileStart : null, "SourcePath", docs ? "The article file, relative to the project." : null, unit.Article.File.RelativePath);
        Constant(w, map, firstParagraph, "Body", docs ? "The body's plain text, paragraphs separated by blank lines." : null, body);
        if (!sameSource) Constant(w, map, firstParagraph, "SourceBody", docs ? "The body as written in the file (Markdown), paragraphs separated by blank lines." : null, sourceBody);
        // Everything but the text, decoded on first access by ArticleData.Internal.GeneratedArticle.
        w.Begin().Append("internal const string __Data = ").Literal(unit.Article.Data).Append(";").End();
        // An article no code names has no Article member either (its record is Find(Slug) and in All): a property and
        // a field per article are a tenth of the compiler's memory at 10,000 articles. Naming the class generates it.
        bool typed = TypedMembers(unit, options);
        if (docs || typed)
        {
            // The catalog owns the one record per article (shared with All and Find).
            // Kept in a field after the first access; two threads racing here both store the catalog's one instance.
            w.Line($"private static {FileHeader.Nullable(options, Rt + "Article")} __article;");
            if (docs) w.Line("/// <summary>The article as a record, built on first access.</summary>");
            w.Line($"public static {Rt}Article Article => __article ?? (__article = {FileHeader.Qualified(options, options.ClassName)}.Find(Slug){(options.NullableAnnotations ? "!" : "")});");
        }
        if (typed)
        {
            var model = unit.Article.DecodeModel();
            WriteJsonLd(w, model, options);
            WriteEntities(w, map, model, full);
            WriteClaims(w, map, model, full, FileHeader.Qualified(options, options.ClassName) + "." + className);
        }
        w.Close();
    }

    /// <summary>
    /// Whether the article's class is written for an editor: member docs and its Article member. An article no code
    /// names shows its members in no editor (naming it, even typing <c>Articles.X.</c>, regenerates it with them), so
    /// where only named articles get typed members it is written as constants only: its member docs were 7% of csc's
    /// time on the generated code at 1,000 articles.
    /// </summary>
    public static bool Documented(ArticleUnit unit, GeneratorOptions options) => unit.Named || !options.NamedArticlesOnly;

    /// <summary>
    /// Whether the article's class gets its JsonLd member and typed Entities and Claims classes: in full detail always, in minimal never;
    /// by default always in a public library, and elsewhere (<see cref="GeneratorOptions.NamedArticlesOnly"/>) where the
    /// project's code names the article. Those members are most of what the compiler works through (a thousand
    /// articles' typed members took 2.5 of 4.3 s of csc), and code can only use them by naming the article, so an
    /// article no code names costs its constants and record only. Naming it (typing <c>Articles.X.</c> in the editor is
    /// enough) generates them on the generator's next run.
    /// </summary>
    public static bool TypedMembers(ArticleUnit unit, GeneratorOptions options) => options.Detail switch
    {
        GeneratedDetail.Full => true,
        GeneratedDetail.Minimal => false,
        _ => Documented(unit, options),
    };

    /// <summary>
    /// The article's JSON-LD member. By default built at run time from the record (Article.JsonLd), not written here:
    /// a constant adds about twice the article's own bytes (GeneratedSizeTests), and the build cost follows them. ArticleDataJsonLd
    /// constant writes it as a const, with the very writer the record uses, so both give the same bytes.
    /// </summary>
    private static void WriteJsonLd(CodeWriter w, ArticleModel model, GeneratorOptions options)
    {
        if (options.JsonLd == JsonLdForm.Constant)
        {
            w.Line("/// <summary>The article as schema.org JSON-LD, written at compile time.</summary>");
            w.Begin().Append("public const string JsonLd = ").Literal(JsonLd.ModelJsonLd.Write(model)).Append(";").End();
            return;
        }
        w.Line("/// <summary>The article as schema.org JSON-LD, built on first access.</summary>");
        w.Line("public static string JsonLd => Article.JsonLd;");
    }

    /// <summary>"Source: <c>path</c> · slug <c>slug</c> · 13 entities · 13 claims" for the class's remarks.</summary>
    private static string Summary(ArticleUnit unit) =>
        $"Source: <c>{Literals.Xml(unit.Article.File.RelativePath)}</c> · slug <c>{Literals.Xml(unit.Assignment.Slug)}</c> · {unit.Article.Entities.Count} entities · {unit.Article.ClaimCount} claims";

    private static void Constant(CodeWriter w, ArticleLineMap map, FileRange? source, string name, string? doc, string value)
    {
        if (doc is not null) w.Line($"/// <summary>{doc}</summary>");
        map.Constant(w, source, "public const string ", name, value);
    }

    private static void WriteEntities(CodeWriter w, ArticleLineMap map, ArticleModel model, bool full)
    {
        var names = EntityIdentifiers.For(model.Entities);
        w.Line("/// <summary>The named entities, typed by kind.</summary>");
        w.Open("public static class Entities");
        // One cast helper per class, each property a call of it: a thousand articles' getters each binding an interface
        // indexer and a cast compiled 7% slower in a real build (farm-bench, 5 pairs).
        if (model.Entities.Count > 0) w.Line($"private static T __Entity<T>(int index) where T : {Rt}Entity => (T)Article.Entities[index];");
        for (int i = 0; i < model.Entities.Count; i++)
        {
            var e = model.Entities[i];
            string type = EntityType(e.Kind);
            string roles = e.Roles.Count > 0 ? " — " + Literals.Xml(string.Join("; ", e.Roles)) : "";
            w.Line($"/// <summary>{Literals.Xml(e.Name)} ({e.Kind}{(e.Type is null ? "" : ", " + Literals.Xml(e.Type))}){roles}; {e.Mentions.Count} mention(s).</summary>");
            // Compact output maps only the text constants: each #line directive repeats the article's path.
            var firstMention = full && e.Mentions.Count > 0 ? map.Of(e.Mentions[0].Span) : null;
            map.Member(w, firstMention, $"public static {Rt}{type} ", names[i], $" => __Entity<{Rt}{type}>({Literals.Int(i)});");
        }
        w.Close();
    }

    /// <summary>
    /// The Claims class: <c>All</c>; <c>Headline</c> / <c>HeadlineText</c> and <c>Standfirst</c> / <c>StandfirstText</c> where
    /// that part is exactly one claim (the only names that stay meaningful when the body is edited); and every claim's text
    /// as a constant in <c>Claims.Texts</c>, named after its id ("c-3f2a9b1c0d" → <c>C3f2a9b1c0d</c>), which depends
    /// on the text alone and so survives reordering and rebuilds.
    /// </summary>
    private static void WriteClaims(CodeWriter w, ArticleLineMap map, ArticleModel model, bool full, string articleClass)
    {
        w.Line("/// <summary>The checkable statements.</summary>");
        w.Open("public static class Claims");
        w.Line("/// <summary>Every claim, in reading order.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Rt}Claim> All => Article.Claims;");
        NamedClaim(w, map, model, TextPart.Title, "Headline", "The headline, as a claim.", model.Document.Title.Text, articleClass + ".Title", full);
        NamedClaim(w, map, model, TextPart.Standfirst, "Standfirst", "The standfirst, as a claim.", model.Document.Standfirst?.Text, articleClass + ".Standfirst", full);
        if (full && model.Claims.Count > 0)
        {
            w.Line();
            w.Line("/// <summary>Each claim's text as a constant, named after the claim's id (a hash of its text).</summary>");
            w.Open("public static class Texts");
            foreach (var c in model.Claims)
            {
                w.Line($"/// <summary>{Literals.Xml(c.Text, 200)}</summary>");
                map.Constant(w, map.Of(c.Span), "public const string ", ClaimConstantName(c.Id), c.Text);
            }
            w.Close();
        }
        w.Close();
    }

    /// <summary>
    /// A claim property and its text as a constant, where the part is exactly one claim. The text constant refers to
    /// the article's own constant (<paramref name="partConstant"/>) when the claim is the whole part, so the text is not
    /// written twice.
    /// </summary>
    private static void NamedClaim(CodeWriter w, ArticleLineMap map, ArticleModel model, TextPart part, string name, string doc, string? partText, string partConstant, bool full)
    {
        int index = -1, count = 0;
        for (int i = 0; i < model.Claims.Count; i++)
        {
            if (model.Claims[i].Span.Part != part) continue;
            index = i;
            count++;
        }
        if (count != 1) return;
        // Compact output maps only the text constants: each #line directive repeats the article's path.
        var source = full ? map.Of(model.Claims[index].Span) : null;
        w.Line($"/// <summary>{doc}</summary>");
        map.Member(w, source, $"public static {Rt}Claim ", name, $" => Article.Claims[{Literals.Int(index)}];");
        w.Line(full ? $"/// <summary>{doc} Its text: {Literals.Xml(model.Claims[index].Text, 200)}</summary>" : $"/// <summary>{doc} Its text.</summary>");
        string text = model.Claims[index].Text;
        if (text == partText) map.Member(w, source, "public const string ", name + "Text", " = " + partConstant + ";");
        else map.Constant(w, source, "public const string ", name + "Text", text);
    }

    /// <summary>The runtime record type of an entity kind: Person, Place, Organization or NamedThing.</summary>
    internal static string EntityType(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Place => "Place",
        EntityKind.Organization => "Organization",
        _ => "NamedThing",
    };

    /// <summary>"c-3f2a9b1c0d" → "C3f2a9b1c0d", "c-3f2a9b1c0d-2" → "C3f2a9b1c0d_2": a valid identifier, as stable as the id.</summary>
    internal static string ClaimConstantName(string id)
    {
        var sb = new System.Text.StringBuilder(id.Length + 1);
        sb.Append('C');
        string rest = id.StartsWith("c-", System.StringComparison.Ordinal) ? id.Substring(2) : id;
        foreach (char ch in rest) sb.Append(char.IsLetterOrDigit(ch) && ch < 128 ? ch : '_');
        return sb.ToString();
    }
}
