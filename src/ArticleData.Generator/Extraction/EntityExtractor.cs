using ArticleData.Generator.Model;

namespace ArticleData.Generator.Extraction;

/// <summary>Finds, types and resolves the named entities of an article.</summary>
public static class EntityExtractor
{
    public static EquatableArray<EntityInfo> Extract(ArticleDocument document, Glossary glossary) => EquatableArray<EntityInfo>.Empty;
}
