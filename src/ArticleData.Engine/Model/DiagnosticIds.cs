namespace ArticleData.Engine.Model;

/// <summary>
/// Every diagnostic id ArticleData reports, with its title and severity: the one place the engine states them. The
/// generator's descriptors (which release tracking needs as literals) and the README's diagnostics table say the same;
/// tests keep all three in step.
/// </summary>
public static class DiagnosticIds
{
    public const string EmptyArticle = "ART001";
    public const string NoHeadline = "ART002";
    public const string MalformedFrontMatter = "ART003";
    public const string DuplicateSlug = "ART004";
    public const string InvalidSlug = "ART005";
    public const string NotText = "ART006";
    public const string ArticleTooLarge = "ART007";
    public const string ClassNameCollision = "ART008";
    public const string InvalidFrontMatterValue = "ART009";
    public const string InvalidGlossaryEntry = "ART010";
    public const string InvalidOption = "ART011";
    public const string UnreadableFile = "ART012";
    public const string InternalError = "ART013";
    public const string UnclosedFrontMatter = "ART014";
    public const string ExtractionFailed = "ART015";
    /// <summary>Reported by the analyzer on the consumer's code, not by the generator: a constant slug no article has.</summary>
    public const string UnknownSlug = "ART016";

    public static string Title(string id) => id switch
    {
        EmptyArticle => "Article is empty",
        NoHeadline => "Article has no headline",
        MalformedFrontMatter => "Malformed front matter",
        DuplicateSlug => "Duplicate article slug",
        InvalidSlug => "Slug cannot become a C# identifier",
        NotText => "Article file is not text",
        ArticleTooLarge => "Article exceeds the maximum size",
        ClassNameCollision => "Two articles map to one class name",
        InvalidFrontMatterValue => "Invalid front-matter value",
        InvalidGlossaryEntry => "Invalid glossary entry",
        InvalidOption => "Invalid ArticleData MSBuild option",
        UnreadableFile => "Article file could not be read",
        InternalError => "ArticleData failed on an article",
        UnclosedFrontMatter => "Front matter is never closed",
        ExtractionFailed => "Extraction failed on an article",
        UnknownSlug => "No article has this slug",
        _ => id,
    };

    /// <summary>Error where the article (or the option) cannot be generated as written, Warning where the build goes on with less.</summary>
    public static DiagnosticSeverityKind Severity(string id) => id switch
    {
        EmptyArticle or NoHeadline or DuplicateSlug or InvalidSlug or NotText or ArticleTooLarge or UnreadableFile
            or InternalError or UnclosedFrontMatter => DiagnosticSeverityKind.Error,
        _ => DiagnosticSeverityKind.Warning,
    };
}
