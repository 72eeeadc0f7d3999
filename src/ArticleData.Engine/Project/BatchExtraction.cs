using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ArticleData.Engine.Model;
using ArticleData.Engine.Extraction;

namespace ArticleData.Engine.Project;

/// <summary>
/// Extracts every parsed article of a run on all cores. Why: the compiler runs the generator before it compiles
/// anything, on one thread, so in a build extraction ran on one core while the others waited (1.5 s of a 1,000-article
/// build). Roslyn runs a per-item step item after item, so the step takes the whole batch and spreads it itself.
/// </summary>
/// <remarks>
/// An edit must still extract only the edited article. A per-item step got that from Roslyn's cache; a batch step
/// gets it from <see cref="Memo"/>: Roslyn hands an unchanged article's parse result on as the very same object, so
/// what was extracted from that object (with the same glossary and options) is reused, and only new parse results are
/// extracted. The memo holds results weakly, keyed by the parse result: it lives as long as the driver's own state.
/// </remarks>
public static class BatchExtraction
{
    private sealed record Memo(Glossary Glossary, ExtractionOptions Options, ExtractedArticle Article);

    private static readonly ConditionalWeakTable<ArticleDocument, Memo> Memos = new();

    public static ExtractedArticle[] Run(IReadOnlyList<(InputFile File, ArticleDocument Document)> parsed, Glossary glossary,
        ExtractionOptions options, Func<ArticleDocument, ArticleModel> extract, CancellationToken ct)
    {
        var results = new ExtractedArticle[parsed.Count];
        var parallel = new ParallelOptions { CancellationToken = ct };
        Parallel.For(0, parsed.Count, parallel, i =>
        {
            var (file, document) = parsed[i];
            results[i] = Extract(file, document, glossary, options, extract);
        });
        return results;
    }

    private static ExtractedArticle Extract(InputFile file, ArticleDocument document, Glossary glossary, ExtractionOptions options, Func<ArticleDocument, ArticleModel> extract)
    {
        if (Memos.TryGetValue(document, out var memo) && memo.Options.Equals(options) && memo.Glossary.Equals(glossary) && memo.Article.File.Equals(file))
            return memo.Article;
        var article = ExtractedArticle.From(file, extract(document));
        lock (Memos)
        {
            Memos.Remove(document);
            Memos.Add(document, new Memo(glossary, options, article));
        }
        return article;
    }
}
