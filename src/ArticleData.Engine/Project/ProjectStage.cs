using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;

namespace ArticleData.Engine.Project;

/// <summary>
/// What happens to a project's articles before any C# is written, in the order it happens: read (size limit, unreadable
/// files), parse, extract, assign slugs; the glossary alongside. Every step turns an unexpected failure into ART013 on
/// the article, never an exception. The generator calls each step as an incremental step of its own (so an edit redoes
/// one article's steps); the command line calls <see cref="Run"/>, which chains the very same steps.
/// </summary>
public static class ProjectStage
{
    /// <summary>Reads one declared file. <paramref name="readText"/> returns null where the file cannot be read.</summary>
    public static ArticleInput Read(InputFile file, Func<string?> readText, int maxArticleSize)
    {
        try
        {
            var text = readText();
            if (text is null)
            {
                return new ArticleInput(file, "", new ArticleDiagnostic(DiagnosticIds.UnreadableFile,
                    $"The {(file.Kind == InputKind.Glossary ? "glossary" : "article")} file could not be read. Check that it exists and is readable.", file.FilePath, 1, 1, 0));
            }
            if (file.Kind == InputKind.Article && text.Length > maxArticleSize)
            {
                return new ArticleInput(file, "", new ArticleDiagnostic(DiagnosticIds.ArticleTooLarge,
                    string.Format(CultureInfo.InvariantCulture,
                        "The article is {0:N0} characters long, over the limit of {1:N0}; it is not generated. Split it, or raise ArticleDataMaxArticleSize.",
                        text.Length, maxArticleSize),
                    file.FilePath, 1, 1, 0));
            }
            return new ArticleInput(file, text, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ArticleInput(file, "", ArticleDiagnostic.InternalError(file.FilePath, e));
        }
    }

    /// <summary>
    /// Reads one declared file and, if it is an article, parses it: an article's first step ends with its parse and
    /// keeps no text of its own. Why: the generator's state is kept between builds by the compiler server, and a
    /// build reads every file again; a text kept in that state is a copy the new read does not replace (measured at
    /// 10,000 articles: the server's heap after a second build 842 MB with the text kept, 768 MB without).
    /// </summary>
    public static DeclaredFile Declare(InputFile file, Func<string?> readText, int maxArticleSize, CancellationToken ct = default)
    {
        var input = Read(file, readText, maxArticleSize);
        return file.Kind == InputKind.Article ? new DeclaredFile(input with { Text = "" }, Parse(input, ct)) : new DeclaredFile(input, null);
    }

    /// <summary>One input per path, whatever order and however many times the files arrive: the smallest declaration wins.</summary>
    public static IEnumerable<DeclaredFile> DistinctByPath(IEnumerable<DeclaredFile> inputs)
    {
        var seen = new Dictionary<string, DeclaredFile>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var input in inputs)
        {
            if (!seen.TryGetValue(input.File.FilePath, out var kept)) order.Add(input.File.FilePath);
            else if (Compare(kept.File, input.File) <= 0) continue;
            seen[input.File.FilePath] = input;
        }
        foreach (var path in order) yield return seen[path];
    }

    private static int Compare(InputFile a, InputFile b)
    {
        int kind = a.Kind.CompareTo(b.Kind);
        return kind != 0 ? kind : string.CompareOrdinal(a.Slug ?? "", b.Slug ?? "");
    }

    /// <summary>Every glossary file's entries, in the order given, and the problems found in them (a file that could not be read is one).</summary>
    public static GlossaryResult Glossary(IEnumerable<ArticleInput> glossaryFiles)
    {
        var entries = new List<GlossaryEntry>();
        var diagnostics = new List<ArticleDiagnostic>();
        foreach (var input in glossaryFiles)
        {
            if (input.Problem is not null) { diagnostics.Add(input.Problem); continue; }
            var (fileEntries, fileDiagnostics) = GlossaryParser.ParseFile(input.File.FilePath, input.Text);
            entries.AddRange(fileEntries);
            diagnostics.AddRange(fileDiagnostics);
        }
        return new GlossaryResult(new Glossary(entries.ToEquatableArray()), diagnostics.ToEquatableArray());
    }

    public static ArticleDocument Parse(ArticleInput input, CancellationToken ct = default)
    {
        if (input.Problem is not null) return ArticleParser.Failed(input.File.FilePath, input.Problem);
        try
        {
            return ArticleParser.Parse(input.File.FilePath, input.Text, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ArticleParser.Failed(input.File.FilePath, ArticleDiagnostic.InternalError(input.File.FilePath, e));
        }
    }

    /// <summary>Extracts every parsed article, on all cores (see <see cref="BatchExtraction"/>).</summary>
    /// <param name="extracted">Called after each article, from whichever thread extracted it.</param>
    public static ExtractedArticle[] Extract(IReadOnlyList<(InputFile File, ArticleDocument Document)> parsed, Glossary glossary,
        ExtractionOptions options, CancellationToken ct = default, Action? extracted = null) =>
        BatchExtraction.Run(parsed, glossary, options, document =>
        {
            var model = ArticleExtractor.Extract(document, glossary, options);
            extracted?.Invoke();
            return model;
        }, ct);

    /// <summary>The slug an article asks for: item metadata, else front matter, else its file name.</summary>
    public static SlugRequest SlugRequest(InputFile file, ArticleDocument document) =>
        new(file.FilePath, file.RelativePath, file.Slug ?? document.FrontMatter.Slug ?? Paths.FileNameWithoutExtension(file.FilePath), !document.HasErrors);

    /// <summary>
    /// The whole stage at once, as the command line runs it: options problems, glossary problems, then each article's
    /// diagnostics (reading, parsing, extraction, slug) in path order. <paramref name="readText"/> returns null for a
    /// file that cannot be read.
    /// </summary>
    public static ProjectResult Run(IEnumerable<InputFile> files, Func<InputFile, string?> readText, GeneratorOptions options,
        Action? extracted = null, CancellationToken ct = default)
    {
        var inputs = DistinctByPath(files.Select(f => Declare(f, () => readText(f), options.MaxArticleSize, ct))).ToList();
        var glossary = Glossary(inputs.Where(i => i.File.Kind == InputKind.Glossary).Select(i => i.Input));
        var parsed = inputs.Where(i => i.Document is not null).Select(i => (i.File, Document: i.Document!)).ToList();
        var articles = Extract(parsed, glossary.Glossary, options.Extraction, ct, extracted);
        var slugs = SlugTable.Build(parsed.Select(p => SlugRequest(p.File, p.Document)), options.ClassName, options.EntitiesClassName);
        var units = articles.Select(a => new ArticleUnit(a, slugs.For(a.File.FilePath))).ToList();

        var diagnostics = new List<ArticleDiagnostic>(options.Problems);
        diagnostics.AddRange(glossary.Diagnostics);
        foreach (var unit in units.OrderBy(u => u.Article.File.RelativePath, StringComparer.Ordinal).ThenBy(u => u.Article.File.FilePath, StringComparer.Ordinal))
        {
            diagnostics.AddRange(unit.Article.Document.Diagnostics);
            diagnostics.AddRange(unit.Assignment.Diagnostics);
        }
        return new ProjectResult(units.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}

/// <summary>Every article of a project with the slug it got, and every diagnostic the stage reported.</summary>
public sealed record ProjectResult(EquatableArray<ArticleUnit> Units, EquatableArray<ArticleDiagnostic> Diagnostics);
