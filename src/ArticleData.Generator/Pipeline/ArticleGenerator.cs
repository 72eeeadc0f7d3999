using System;
using System.Collections.Immutable;
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
            .Select((pair, _) => GeneratorOptions.From(pair.Left.GlobalOptions,
                pair.Right is CSharpParseOptions cs && cs.LanguageVersion >= LanguageVersion.CSharp8))
            .WithTrackingName(TrackingNames.Options);

        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, ct) => Read(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.InputFiles);

        var articles = inputs
            .Where(i => i is not null && i.File.Kind == InputKind.Article)
            .Select((i, _) => i!)
            .WithTrackingName(TrackingNames.Articles);

        var glossary = inputs
            .Where(i => i is not null && i.File.Kind == InputKind.Glossary)
            .Select((i, _) => GlossaryParser.ParseFile(i!.File.FilePath, i.Text))
            .Collect()
            .Select((files, _) => new GlossaryResult(
                new Glossary(files.SelectMany(f => f.Entries).ToEquatableArray()),
                files.SelectMany(f => f.Diagnostics).ToEquatableArray()))
            .WithTrackingName(TrackingNames.Glossary);

        var parsed = articles
            .Select((input, ct) => (input.File, Document: Parse(input)))
            .WithTrackingName(TrackingNames.Parsed);

        var extracted = parsed
            .Combine(glossary.Select((g, _) => g.Glossary))
            .Combine(options.Select((o, _) => o.Extraction))
            .Select((pair, ct) => new ExtractedArticle(pair.Left.Left.File, Extract(pair.Left.Left.Document, pair.Left.Right, pair.Right)))
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

        // One file can reach the generator twice (the same path listed twice in AdditionalFiles). The two units are equal,
        // so no per-article step can tell them apart, and two AddSource calls with one hint name would abort the whole run
        // (CS8785). Only a step that sees every unit can drop the copy. SelectMany compares its outputs by position with the
        // previous run's, so after an edit the untouched units come out Unchanged and their files are not emitted again.
        var uniqueUnits = units
            .Collect()
            .SelectMany((all, _) => Distinct(all))
            .WithTrackingName(TrackingNames.UniqueUnits);

        context.RegisterSourceOutput(uniqueUnits.Combine(options), static (spc, pair) => EmitArticle(spc, pair.Left, pair.Right));

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
                    $"The article is {text.Length:N0} characters long, over the limit of {max:N0}; it is not generated. Split it, or raise ArticleDataMaxArticleSize.",
                    file.Path, 1, 1, 0));
            }
            return new ArticleInput(info, text.ToString(), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ArticleInput(info, "", InternalError(file.Path, e));
        }
    }

    private static ArticleDocument Parse(ArticleInput input)
    {
        if (input.Problem is not null) return ArticleParser.Failed(input.File.FilePath, input.Problem);
        try
        {
            return ArticleParser.Parse(input.File.FilePath, input.Text);
        }
        catch (Exception e)
        {
            return ArticleParser.Failed(input.File.FilePath, InternalError(input.File.FilePath, e));
        }
    }

    private static ArticleModel Extract(ArticleDocument document, Glossary glossary, ExtractionOptions options)
    {
        try
        {
            return ArticleExtractor.Extract(document, glossary, options);
        }
        catch (Exception e)
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

    private static void EmitArticle(SourceProductionContext context, ArticleUnit unit, GeneratorOptions options)
    {
        DiagnosticReporter.Report(context, unit.Article.Model.Document.Diagnostics);
        DiagnosticReporter.Report(context, unit.Assignment.Diagnostics);
        if (!unit.Assignment.Generate) return;
        context.AddSource(ArticleEmitter.HintName(unit), ArticleEmitter.Emit(unit, options));
    }

    /// <summary>The units in arrival order, each file once.</summary>
    private static ImmutableArray<ArticleUnit> Distinct(ImmutableArray<ArticleUnit> units)
    {
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<ArticleUnit>(units.Length);
        foreach (var unit in units)
        {
            if (seen.Add(unit.Article.File.FilePath)) result.Add(unit);
        }
        return result.ToImmutable();
    }

    private static ArticleDiagnostic InternalError(string path, Exception e) =>
        new(DiagnosticIds.InternalError, DiagnosticSeverityKind.Error,
            $"ArticleData failed on this article ({e.GetType().Name}: {e.Message}). The rest of the build goes on; please report this with the article attached.",
            path, 1, 1, 0);
}
