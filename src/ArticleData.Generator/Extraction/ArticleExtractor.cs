using ArticleData.Generator.Model;

namespace ArticleData.Generator.Extraction;

/// <summary>Which extractors run (the ArticleDataExtractors MSBuild property).</summary>
public sealed record ExtractionOptions(bool Entities, bool Claims)
{
    public static ExtractionOptions All { get; } = new(true, true);
}

/// <summary>
/// The extraction engine's one entry point: a parsed article in, its entities and claims out. Plain text in,
/// plain records out — the generator and the CLI both call this.
/// </summary>
public static class ArticleExtractor
{
    public static ArticleModel Extract(ArticleDocument document, Glossary glossary, ExtractionOptions options)
    {
        if (document.HasErrors)
        {
            return new ArticleModel(document, EquatableArray<EntityInfo>.Empty, EquatableArray<ClaimInfo>.Empty);
        }
        var entities = options.Entities ? EntityExtractor.Extract(document, glossary) : EquatableArray<EntityInfo>.Empty;
        var claims = options.Claims ? ClaimExtractor.Extract(document, entities) : EquatableArray<ClaimInfo>.Empty;
        return new ArticleModel(document, entities, claims);
    }
}
