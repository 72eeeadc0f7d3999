using ArticleData.Engine.Model;

namespace ArticleData.Engine.Project;

/// <summary>What kind of file an AdditionalFile is to ArticleData: declared through &lt;Article&gt;, &lt;ArticleGlossary&gt;, or neither.</summary>
public enum InputKind
{
    None,
    Article,
    Glossary,
}

/// <summary>An AdditionalFile ArticleData was told to read: where it is and what its item metadata says.</summary>
public sealed record InputFile(InputKind Kind, string FilePath, string RelativePath, string? Slug);

/// <summary>An article file's text as read, or the diagnostic that stopped reading it.</summary>
public sealed record ArticleInput(InputFile File, string Text, ArticleDiagnostic? Problem);

/// <summary>An article after parsing and extraction, with the file facts the emitter needs.</summary>
public sealed record ExtractedArticle(InputFile File, ArticleModel Model);

/// <summary>The project's glossary: every entry of every glossary file, and the problems found in them.</summary>
public sealed record GlossaryResult(Glossary Glossary, EquatableArray<ArticleDiagnostic> Diagnostics);
