using ArticleData.Generator.Model;

namespace ArticleData.Generator.Extraction;

/// <summary>Finds the checkable statements of an article, with attribution, certainty, quantities and entities.</summary>
public static class ClaimExtractor
{
    public static EquatableArray<ClaimInfo> Extract(ArticleDocument document, EquatableArray<EntityInfo> entities) => EquatableArray<ClaimInfo>.Empty;
}
