using ArticleData.Engine.Emit;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Project;

/// <summary>
/// An extracted article with the slug and class name the project gave it: the input of one generated file.
/// <paramref name="Named"/>: the project's own code names the article's class, so (with the default
/// <c>ArticleDataDetail</c>) it gets its typed <c>Entities</c> and <c>Claims</c> members; the command line, which has
/// no user code, treats every article as named.
/// </summary>
public sealed record ArticleUnit(ExtractedArticle Article, SlugAssignment Assignment, bool Named = true);

/// <summary>An entity as the project-wide entity catalog needs it.</summary>
public sealed record CatalogEntityRef(string Name, EntityKind Kind, string Identifier)
{
    /// <summary>Each entity of the article, in order, with the identifier its typed member has.</summary>
    public static EquatableArray<CatalogEntityRef> For(ArticleModel model)
    {
        var names = EntityIdentifiers.For(model.Entities);
        var refs = new CatalogEntityRef[model.Entities.Count];
        for (int i = 0; i < refs.Length; i++) refs[i] = new CatalogEntityRef(model.Entities[i].Name, model.Entities[i].Kind, names[i]);
        return refs.ToEquatableArray();
    }
}

/// <summary>An article as the catalog needs it: enough to list, find and link it, and nothing that changes with its body.</summary>
public sealed record CatalogEntry(string Slug, string ClassName, string Title, string RelativePath, EquatableArray<CatalogEntityRef> Entities);
