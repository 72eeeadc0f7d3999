using ArticleData.Engine.Model;

namespace ArticleData.Engine.Project;

/// <summary>An extracted article with the slug and class name the project gave it: the input of one generated file.</summary>
public sealed record ArticleUnit(ExtractedArticle Article, SlugAssignment Assignment);

/// <summary>An entity as the project-wide entity catalog needs it.</summary>
public sealed record CatalogEntityRef(string Name, EntityKind Kind, string Identifier);

/// <summary>An article as the catalog needs it: enough to list, find and link it, and nothing that changes with its body.</summary>
public sealed record CatalogEntry(string Slug, string ClassName, string Title, string RelativePath, EquatableArray<CatalogEntityRef> Entities);
