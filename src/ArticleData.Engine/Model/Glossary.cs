namespace ArticleData.Engine.Model;

/// <summary>
/// A user's declaration about an entity, from an &lt;ArticleGlossary&gt; file or front-matter <c>entities:</c>:
/// declare it (name, kind, aliases) or, with <see cref="Suppress"/>, forbid a false one.
/// </summary>
public sealed record GlossaryEntry(string Name, EntityKind Kind, string? Type, EquatableArray<string> Aliases, bool Suppress);

/// <summary>Every glossary entry of the project, in a deterministic order.</summary>
public sealed record Glossary(EquatableArray<GlossaryEntry> Entries)
{
    public static Glossary Empty { get; } = new(EquatableArray<GlossaryEntry>.Empty);
}
