using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using ArticleData.Generator.Emit;
using ArticleData.Generator.Extraction;
using ArticleData.Generator.Model;
using ArticleData.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleData.Generator.Pipeline;

/// <summary>
/// The incremental generator. Data flows one way: AdditionalFiles marked as articles → read → parse → extract →
/// one file per article; every article's slug → the slug table → the catalog file. Every model crossing a step is
/// value-equatable, so editing one article re-emits only that article (and the catalog, if its entry changed).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArticleGenerator : IIncrementalGenerator
{
    private const string KindMetadata = "build_metadata.AdditionalFiles.ArticleDataKind";
    private const string SlugMetadata = "build_metadata.AdditionalFiles.Slug";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select((pair, _) =>
            {
                var version = pair.Right is CSharpParseOptions cs ? cs.LanguageVersion : LanguageVersion.CSharp1;
                return GeneratorOptions.From(pair.Left.GlobalOptions, version >= LanguageVersion.CSharp8, version >= LanguageVersion.CSharp10);
            })
            .WithTrackingName(TrackingNames.Options);

        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, ct) => Read(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.InputFiles);

        // A file declared twice (say an <Article> item and a hand-written AdditionalFiles item) arrives twice with one
        // path; it is one file. Two outputs with one hint name would fail the whole run, so duplicates go here.
        var declared = inputs
            .Where(i => i is not null)
            .Select((i, _) => i!)
            .Collect()
            .SelectMany((all, _) => DistinctByPath(all));

        var articles = declared
            .Where(i => i.File.Kind == InputKind.Article)
            .WithTrackingName(TrackingNames.Articles);

        var glossary = declared
            .Where(i => i.File.Kind == InputKind.Glossary)
            .Select((i, ct) => GlossaryParser.ParseFile(i.File.FilePath, i.Text))
            .Collect()
            .Select((files, _) => new GlossaryResult(
                new Glossary(files.SelectMany(f => f.Entries).ToEquatableArray()),
                files.SelectMany(f => f.Diagnostics).ToEquatableArray()))
            .WithTrackingName(TrackingNames.Glossary);

        var parsed = articles
            .Select((input, ct) => (input.File, Document: Parse(input, ct)))
            .WithTrackingName(TrackingNames.Parsed);

        // All articles at once, on every core; an edit still extracts only the edited article (see BatchExtraction).
        var extracted = parsed
            .Collect()
            .Combine(glossary.Select((g, _) => g.Glossary))
            .Combine(options.Select((o, _) => o.Extraction))
            .SelectMany((batch, ct) => BatchExtraction.Run(batch.Left.Left, batch.Left.Right, batch.Right,
                document => Extract(document, batch.Left.Right, batch.Right, ct), ct))
            .WithTrackingName(TrackingNames.Extracted);

        var slugTable = parsed
            .Select((p, _) => new SlugRequest(p.File.FilePath, p.File.RelativePath,
                p.File.Slug ?? p.Document.FrontMatter.Slug ?? Paths.FileNameWithoutExtension(p.File.FilePath), !p.Document.HasErrors))
            .Collect()
            .Combine(options.Select((o, _) => (o.ClassName, o.EntitiesClassName)))
            .Select((pair, _) => SlugTable.Build(pair.Left, pair.Right.ClassName, pair.Right.EntitiesClassName))
            .WithTrackingName(TrackingNames.SlugTable);

        var units = extracted
            .Combine(slugTable)
            .Select((pair, _) => new ArticleUnit(pair.Left, pair.Right.For(pair.Left.File.FilePath)))
            .WithTrackingName(TrackingNames.Units);

        // One file per article, or above ArticleFiles.PerArticleLimit articles, groups of articles per file. The slug
        // table, which sees every article, decides which (SlugAssignment.OwnFile), so no other step spans all articles.
        context.RegisterSourceOutput(units.Combine(options), static (spc, pair) => EmitArticle(spc, pair.Left, pair.Right));
        var groups = units.Collect().SelectMany((all, _) => ArticleFiles.Group(all));
        context.RegisterSourceOutput(groups.Combine(options), static (spc, pair) =>
        {
            if (pair.Left.Units.IsEmpty) return;
            spc.CancellationToken.ThrowIfCancellationRequested();
            spc.AddSource(ArticleFiles.HintName(pair.Left), ArticleFiles.Emit(pair.Left, pair.Right));
        });

        var catalog = units
            .Where(u => u.Assignment.Generate)
            .Select((u, _) => new CatalogEntry(u.Assignment.Slug, u.Assignment.ClassName, u.Article.Model.Document.Title.Text,
                u.Article.File.RelativePath, CatalogEntities(u.Article.Model)))
            .WithTrackingName(TrackingNames.CatalogEntries)
            .Collect();

        context.RegisterSourceOutput(catalog.Combine(options), static (spc, pair) =>
            spc.AddSource(CatalogEmitter.HintName, CatalogEmitter.Emit(pair.Left, pair.Right)));

        context.RegisterSourceOutput(options, static (spc, o) => DiagnosticReporter.Report(spc, o.Problems));
        context.RegisterSourceOutput(glossary, static (spc, g) => DiagnosticReporter.Report(spc, g.Diagnostics));
    }

    private static ArticleInput? Read(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken ct)
    {
        var fileOptions = provider.GetOptions(file);
        if (!fileOptions.TryGetValue(KindMetadata, out var kindText)) return null;
        var kind = kindText.Trim().ToLowerInvariant() switch
        {
            "article" => InputKind.Article,
            "glossary" => InputKind.Glossary,
            _ => InputKind.None,
        };
        if (kind == InputKind.None) return null;

        provider.GlobalOptions.TryGetValue("build_property.MSBuildProjectDirectory", out var projectDirectory);
        string? slug = fileOptions.TryGetValue(SlugMetadata, out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
        var info = new InputFile(kind, file.Path, Paths.Relative(projectDirectory, file.Path), slug);

        try
        {
            var text = file.GetText(ct);
            if (text is null)
            {
                return new ArticleInput(info, "", new ArticleDiagnostic(DiagnosticIds.UnreadableFile, DiagnosticSeverityKind.Error,
                    "The article file could not be read. Check that it exists and is readable.", file.Path, 1, 1, 0));
            }
            int max = GeneratorOptions.From(provider.GlobalOptions, false).MaxArticleSize;
            if (kind == InputKind.Article && text.Length > max)
            {
                return new ArticleInput(info, "", new ArticleDiagnostic(DiagnosticIds.ArticleTooLarge, DiagnosticSeverityKind.Error,
                    string.Format(CultureInfo.InvariantCulture,
                        "The article is {0:N0} characters long, over the limit of {1:N0}; it is not generated. Split it, or raise ArticleDataMaxArticleSize.",
                        text.Length, max),
                    file.Path, 1, 1, 0));
            }
            return new ArticleInput(info, text.ToString(), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ArticleInput(info, "", InternalError(file.Path, e));
        }
    }

    /// <summary>One input per path, whatever order and however many times the files arrive: the smallest declaration wins.</summary>
    private static IEnumerable<ArticleInput> DistinctByPath(ImmutableArray<ArticleInput> inputs)
    {
        var seen = new Dictionary<string, ArticleInput>(StringComparer.Ordinal);
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

    private static ArticleDocument Parse(ArticleInput input, CancellationToken ct)
    {
        if (input.Problem is not null) return ArticleParser.Failed(input.File.FilePath, input.Problem);
        try
        {
            return ArticleParser.Parse(input.File.FilePath, input.Text, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ArticleParser.Failed(input.File.FilePath, InternalError(input.File.FilePath, e));
        }
    }

    private static ArticleModel Extract(ArticleDocument document, Glossary glossary, ExtractionOptions options, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        try
        {
            return ArticleExtractor.Extract(document, glossary, options);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Extraction failing must not cost the user the article's text: keep the document, report the failure.
            var failed = document with { Diagnostics = document.Diagnostics.Concat(new[] { InternalError(document.Path, e) with { Severity = DiagnosticSeverityKind.Warning } }).ToEquatableArray() };
            return new ArticleModel(failed, EquatableArray<EntityInfo>.Empty, EquatableArray<ClaimInfo>.Empty);
        }
    }

    private static EquatableArray<CatalogEntityRef> CatalogEntities(ArticleModel model)
    {
        var names = EntityIdentifiers.For(model.Entities);
        return model.Entities.Select((e, i) => new CatalogEntityRef(e.Name, e.Kind, names[i])).ToEquatableArray();
    }

    /// <summary>Reports the article's diagnostics and, where it has a file of its own, writes that file.</summary>
    private static void EmitArticle(SourceProductionContext context, ArticleUnit unit, GeneratorOptions options)
    {
        DiagnosticReporter.Report(context, unit.Article.Model.Document.Diagnostics);
        DiagnosticReporter.Report(context, unit.Assignment.Diagnostics);
        if (!unit.Assignment.Generate || !unit.Assignment.OwnFile) return;
        context.CancellationToken.ThrowIfCancellationRequested();
        context.AddSource(ArticleEmitter.HintName(unit), ArticleEmitter.Emit(unit, options));
    }

    private static ArticleDiagnostic InternalError(string path, Exception e) =>
        new(DiagnosticIds.InternalError, DiagnosticSeverityKind.Error,
            $"ArticleData failed on this article ({e.GetType().Name}: {e.Message}). The rest of the build goes on; please report this with the article attached.",
            path, 1, 1, 0);
}
