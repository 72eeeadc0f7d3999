using System.Collections.Generic;

namespace ArticleData.Engine.JsonLd;

// This file is compiled into the runtime assembly too (linked by ArticleData.csproj): the record builds its JSON-LD
// at run time from the same writer the CLI uses, so keep it free of anything but the BCL.

/// <summary>
/// What the JSON-LD of one article says, in plain values: the one input of <see cref="JsonLdWriter"/>, filled from the
/// engine's model (CLI) or from the runtime record (<c>Article.JsonLd</c>).
/// </summary>
internal sealed class JsonLdArticle
{
    public JsonLdArticle(string? type, string headline, string description, string? datePublished, string? language,
        IReadOnlyList<string> authors, IReadOnlyList<string> keywords, IReadOnlyList<JsonLdThing> mentions, IReadOnlyList<JsonLdClaim> claims)
    {
        Type = type;
        Headline = headline;
        Description = description;
        DatePublished = datePublished;
        Language = language;
        Authors = authors;
        Keywords = keywords;
        Mentions = mentions;
        Claims = claims;
    }

    /// <summary>The schema.org type front matter names (<c>type:</c>), or null for NewsArticle.</summary>
    public string? Type { get; }
    public string Headline { get; }
    /// <summary>The standfirst, or empty.</summary>
    public string Description { get; }
    /// <summary>yyyy-MM-dd, or null.</summary>
    public string? DatePublished { get; }
    public string? Language { get; }
    public IReadOnlyList<string> Authors { get; }
    public IReadOnlyList<string> Keywords { get; }
    public IReadOnlyList<JsonLdThing> Mentions { get; }
    public IReadOnlyList<JsonLdClaim> Claims { get; }
}

/// <summary>A named entity as schema.org sees it: a type (Person, Place, Organization, Thing) and a name.</summary>
internal sealed class JsonLdThing
{
    public JsonLdThing(string kind, string name)
    {
        Type = JsonLdWriter.SchemaType(kind);
        Name = name;
    }

    public string Type { get; }
    public string Name { get; }
}

/// <summary>A claim: its text and, where the attribution names one of the article's entities, that entity.</summary>
internal sealed class JsonLdClaim
{
    public JsonLdClaim(string text, JsonLdThing? author)
    {
        Text = text;
        Author = author;
    }

    public string Text { get; }
    public JsonLdThing? Author { get; }
}
