using System.Globalization;
using ArticleData.Engine.Emit;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Project;

/// <summary>How much the generated code holds beyond what the API needs (<c>ArticleDataDetail</c>).</summary>
public enum GeneratedDetail
{
    /// <summary>
    /// The default: the text constants, the record, one-line docs, and typed entity and claim members — in an
    /// application, test project or with internal visibility only for the articles the project's code names (see
    /// <see cref="Emit.ArticleEmitter.TypedMembers"/>). What costs compile time
    /// and is rarely referenced — every claim's text as a constant, long remarks quoting the article, a #line directive
    /// per entity property — is left out.
    /// </summary>
    Compact,

    /// <summary>Everything, for every article whether code names it or not: also <c>Claims.Texts</c>, remarks quoting the standfirst and opening, #line on every entity and claim member.</summary>
    Full,

    /// <summary>
    /// For large sites: each article's class holds only its text constants and its record — no per-article
    /// <c>Entities</c> and <c>Claims</c> classes, which are most of the members the compiler works through. The
    /// records (with every entity and claim) and the cross-article entity catalog are unchanged.
    /// </summary>
    Minimal,
}

/// <summary>Where each article's <c>JsonLd</c> member gets its text (<c>ArticleDataJsonLd</c>).</summary>
public enum JsonLdForm
{
    /// <summary>The default: <c>JsonLd => Article.JsonLd</c>, built from the record on first access; one line of generated code.</summary>
    Runtime,

    /// <summary>A <c>const string</c> written at compile time (usable in attributes and const contexts): adds about twice the articles' bytes to the generated code.</summary>
    Constant,
}

/// <summary>
/// The project-wide MSBuild options (ArticleData*), validated, with a diagnostic for each bad value: the generator reads them
/// from the build, the command line from its <c>--property</c> options.
/// </summary>
public sealed record GeneratorOptions(
    string Namespace,
    string ClassName,
    string EntitiesClassName,
    bool Internal,
    int MaxArticleSize,
    ExtractionOptions Extraction,
    bool NullableAnnotations,
    LineDirectiveForm LineDirectives,
    GeneratedDetail Detail,
    EquatableArray<ArticleDiagnostic> Problems,
    bool NamedArticlesOnly = false)
{
    /// <summary>How each article's JsonLd member is generated; not positional, so adding it broke no caller.</summary>
    public JsonLdForm JsonLd { get; init; } = JsonLdForm.Runtime;

    /// <summary>Default maximum article size, in characters.</summary>
    public const int DefaultMaxArticleSize = 1_000_000;

    /// <param name="property">The project's build property of that name (ArticleDataNamespace, …), or null where it is not set.</param>
    /// <param name="nullableAnnotations">True where the language version has nullable annotations (C# 8 on).</param>
    /// <param name="enhancedLineDirectives">True where the language version has enhanced #line directives (C# 10 on).</param>
    public static GeneratorOptions From(System.Func<string, string?> property, bool nullableAnnotations = true, bool enhancedLineDirectives = false)
    {
        var problems = new System.Collections.Generic.List<ArticleDiagnostic>();
        string Read(string name) => property(name)?.Trim() ?? "";
        void Problem(string message) => problems.Add(new ArticleDiagnostic(DiagnosticIds.InvalidOption, message, "", 0, 0, 0));

        string ns = Read("ArticleDataNamespace");
        if (ns.Length > 0 && !Identifiers.IsNamespace(ns))
        {
            Problem($"ArticleDataNamespace '{ns}' is not a C# namespace; the root namespace is used instead.");
            ns = "";
        }
        if (ns.Length == 0) ns = Read("RootNamespace");
        if (ns.Length > 0 && !Identifiers.IsNamespace(ns)) ns = "";

        string className = Read("ArticleDataClassName");
        if (className.Length > 0 && !Identifiers.IsIdentifier(className))
        {
            Problem($"ArticleDataClassName '{className}' is not a C# identifier; 'Articles' is used instead.");
            className = "";
        }
        if (className.Length == 0) className = "Articles";

        string entitiesClassName = Read("ArticleDataEntitiesClassName");
        if (entitiesClassName.Length > 0 && !Identifiers.IsIdentifier(entitiesClassName))
        {
            Problem($"ArticleDataEntitiesClassName '{entitiesClassName}' is not a C# identifier; 'Entities' is used instead.");
            entitiesClassName = "";
        }
        if (entitiesClassName.Length == 0) entitiesClassName = "Entities";
        if (entitiesClassName == className)
        {
            Problem($"The article and entity catalogs cannot both be named '{className}'; the entity catalog is named '{className}Entities'.");
            entitiesClassName = className + "Entities";
        }

        string visibility = Read("ArticleDataVisibility").ToLowerInvariant();
        if (visibility.Length > 0 && visibility != "public" && visibility != "internal")
        {
            Problem($"ArticleDataVisibility '{visibility}' is neither 'public' nor 'internal'; 'public' is used.");
        }

        int maxSize = DefaultMaxArticleSize;
        string maxText = Read("ArticleDataMaxArticleSize");
        if (maxText.Length > 0 && (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out maxSize) || maxSize <= 0))
        {
            Problem($"ArticleDataMaxArticleSize '{maxText}' is not a positive whole number of characters; {DefaultMaxArticleSize} is used.");
            maxSize = DefaultMaxArticleSize;
        }

        var extraction = ExtractionOptions.All;
        string extractors = Read("ArticleDataExtractors").ToLowerInvariant();
        if (extractors.Length > 0)
        {
            bool entities = false, claims = false;
            foreach (var part in extractors.Split(new[] { ';', ',' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                switch (part.Trim())
                {
                    case "entities": entities = true; break;
                    case "claims": claims = true; break;
                    case "all": entities = claims = true; break;
                    case "none": break;
                    default: Problem($"ArticleDataExtractors names '{part.Trim()}'; the extractors are 'entities', 'claims', 'all' and 'none'."); break;
                }
            }
            extraction = new ExtractionOptions(entities, claims);
        }

        bool lineDirectives = true;
        string lineDirectivesText = Read("ArticleDataLineDirectives").ToLowerInvariant();
        if (lineDirectivesText.Length > 0 && !bool.TryParse(lineDirectivesText, out lineDirectives))
        {
            Problem($"ArticleDataLineDirectives '{lineDirectivesText}' is neither 'true' nor 'false'; 'true' is used.");
            lineDirectives = true;
        }
        var lineForm = !lineDirectives ? LineDirectiveForm.None
            : enhancedLineDirectives ? LineDirectiveForm.Enhanced
            : LineDirectiveForm.Plain;

        var detail = GeneratedDetail.Compact;
        string detailText = Read("ArticleDataDetail").ToLowerInvariant();
        if (detailText == "full") detail = GeneratedDetail.Full;
        else if (detailText == "minimal") detail = GeneratedDetail.Minimal;
        else if (detailText.Length > 0 && detailText != "compact")
        {
            Problem($"ArticleDataDetail '{detailText}' is not 'compact', 'full' or 'minimal'; 'compact' is used.");
        }

        var jsonLd = JsonLdForm.Runtime;
        string jsonLdText = Read("ArticleDataJsonLd").ToLowerInvariant();
        if (jsonLdText == "constant") jsonLd = JsonLdForm.Constant;
        else if (jsonLdText.Length > 0 && jsonLdText != "runtime")
        {
            Problem($"ArticleDataJsonLd '{jsonLdText}' is neither 'runtime' nor 'constant'; 'runtime' is used.");
        }

        // Typed members only where this project's own code names the article: safe where no other project can use the
        // generated API — an application or test project (OutputType Exe or WinExe), or internal visibility. A public
        // library's API is for projects this compiler never sees, so there every article keeps its members.
        string outputType = Read("OutputType").ToLowerInvariant();
        bool namedOnly = detail == GeneratedDetail.Compact && (visibility == "internal" || outputType is "exe" or "winexe");

        return new GeneratorOptions(ns, className, entitiesClassName, visibility == "internal", maxSize, extraction, nullableAnnotations,
            lineForm, detail, problems.ToEquatableArray(), namedOnly) { JsonLd = jsonLd };
    }
}
