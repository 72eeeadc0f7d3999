using ArticleData.Engine.Emit;
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

/// <summary>
/// A declared file after its first step (<see cref="ProjectStage.Declare"/>): a glossary as read; an article as parsed,
/// its <see cref="ArticleInput.Text"/> left empty (the parse holds the text).
/// </summary>
public sealed record DeclaredFile(ArticleInput Input, ArticleDocument? Document)
{
    public InputFile File => Input.File;
}

/// <summary>
/// An article after parsing and extraction, kept as compactly as its generated code keeps it: the parse (its text),
/// and everything extraction found encoded as the article's <c>__Data</c> (<see cref="ArticleDataEncoder"/>), with
/// the few facts every article's code and the catalog need (its entities' names, its claim count).
/// </summary>
/// <remarks>
/// Why not the model itself: the generator's cached state holds every article's ExtractedArticle, and the compiler
/// server keeps that state between builds. As objects (a record per claim, mention and quantity, each with its text)
/// extraction's output kept 260 MB alive at 10,000 articles (the server's heap after a build: 1,020 MB, 760 MB with the
/// encoded form). <see cref="DecodeModel"/> reads the model back where it is needed: typed members, the command line.
/// </remarks>
public sealed record ExtractedArticle(InputFile File, ArticleDocument Document, string Data, EquatableArray<CatalogEntityRef> Entities, int ClaimCount)
{
    public static ExtractedArticle From(InputFile file, ArticleModel model) =>
        new(file, model.Document, ArticleDataEncoder.Encode(model), CatalogEntityRef.For(model), model.Claims.Count);

    /// <summary>The model, decoded anew on each call: keep the result while it is needed, never in cached state.</summary>
    public ArticleModel DecodeModel() => ArticleDataDecoder.Decode(Document, Data);
}

/// <summary>The project's glossary: every entry of every glossary file, and the problems found in them.</summary>
public sealed record GlossaryResult(Glossary Glossary, EquatableArray<ArticleDiagnostic> Diagnostics);
