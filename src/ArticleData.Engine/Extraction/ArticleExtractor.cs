using System;
using System.Collections.Generic;
using System.Linq;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction;

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
        // each block tokenised once, for both extractors, inside their guard: a tokenizer bug is an extractor's failure
        List<TokenText>? texts = null;
        List<TokenText> Texts() => texts ??= TokenText.Of(document);
        return Extract(document, options, () => EntityExtractor.Extract(document, Texts(), glossary), entities => ClaimExtractor.Extract(document, Texts(), entities));
    }

    /// <summary>The same with the two extractors given: a test hands in one that fails.</summary>
    internal static ArticleModel Extract(ArticleDocument document, ExtractionOptions options,
        Func<EquatableArray<EntityInfo>> findEntities, Func<EquatableArray<EntityInfo>, EquatableArray<ClaimInfo>> findClaims)
    {
        if (document.HasErrors)
        {
            return new ArticleModel(document, EquatableArray<EntityInfo>.Empty, EquatableArray<ClaimInfo>.Empty);
        }
        var failures = new List<ArticleDiagnostic>();
        var entities = options.Entities
            ? Guarded(findEntities, document, "this article's names", failures)
            : EquatableArray<EntityInfo>.Empty;
        var claims = options.Claims
            ? Guarded(() => findClaims(entities), document, "this article's claims", failures)
            : EquatableArray<ClaimInfo>.Empty;
        if (failures.Count > 0) document = document with { Diagnostics = document.Diagnostics.Concat(failures).ToEquatableArray() };
        return new ArticleModel(document, entities, claims);
    }

    /// <summary>
    /// An extractor failing must not cost the user the article's text, nor the other extractor's output: its part is
    /// empty and the article gets ART015, a warning, so nothing vanishes without a word.
    /// </summary>
    private static EquatableArray<T> Guarded<T>(Func<EquatableArray<T>> extract, ArticleDocument document, string what, List<ArticleDiagnostic> failures)
        where T : IEquatable<T>
    {
        try
        {
            return extract();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failures.Add(ArticleDiagnostic.ExtractionFailed(document.Path, what, e));
            return EquatableArray<T>.Empty;
        }
    }
}
