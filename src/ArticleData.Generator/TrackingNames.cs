namespace ArticleData.Generator;

/// <summary>Names of the pipeline's steps, so tests can check which ones ran again after an edit.</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string InputFiles = nameof(InputFiles);
    public const string Parsed = nameof(Parsed);
    public const string Glossary = nameof(Glossary);
    public const string Extracted = nameof(Extracted);
    public const string SlugTable = nameof(SlugTable);
    public const string NamedArticles = nameof(NamedArticles);
    public const string Units = nameof(Units);
    public const string CatalogEntries = nameof(CatalogEntries);
}
