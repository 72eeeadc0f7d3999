using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArticleData.Engine.Emit;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Model;
using ArticleData.Engine.Project;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleData.Generator;

/// <summary>
/// The incremental generator. Data flows one way: AdditionalFiles marked as articles → read and parse → extract →
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
                return GeneratorOptions.From(Properties(pair.Left.GlobalOptions), version >= LanguageVersion.CSharp8, version >= LanguageVersion.CSharp10);
            })
            .WithTrackingName(TrackingNames.Options);

        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Combine(options.Select((o, _) => o.MaxArticleSize))
            .Select((pair, ct) => Declare(pair.Left.Left, pair.Left.Right, pair.Right, ct))
            .WithTrackingName(TrackingNames.InputFiles);

        // A file declared twice (say an <Article> item and a hand-written AdditionalFiles item) arrives twice with one
        // path; it is one file. Two outputs with one hint name would fail the whole run, so duplicates go here.
        var declared = inputs
            .Where(i => i is not null)
            .Select((i, _) => i!)
            .Collect()
            .SelectMany((all, _) => ProjectStage.DistinctByPath(all));

        var glossary = declared
            .Where(i => i.File.Kind == InputKind.Glossary)
            .Collect()
            .Select((files, _) => ProjectStage.Glossary(files.Select(f => f.Input)))
            .WithTrackingName(TrackingNames.Glossary);

        var parsed = declared
            .Where(i => i.Document is not null)
            .Select((input, _) => (input.File, Document: input.Document!))
            .WithTrackingName(TrackingNames.Parsed);

        // All articles at once, on every core; an edit still extracts only the edited article (see BatchExtraction).
        var extracted = parsed
            .Collect()
            .Combine(glossary.Select((g, _) => g.Glossary))
            .Combine(options.Select((o, _) => o.Extraction))
            .SelectMany((batch, ct) => ProjectStage.Extract(batch.Left.Left, batch.Left.Right, batch.Right, ct))
            .WithTrackingName(TrackingNames.Extracted);

        var slugTable = parsed
            .Select((p, _) => ProjectStage.SlugRequest(p.File, p.Document))
            .Collect()
            .Combine(options.Select((o, _) => (o.ClassName, o.EntitiesClassName)))
            .Select((pair, _) => SlugTable.Build(pair.Left, pair.Right.ClassName, pair.Right.EntitiesClassName))
            .WithTrackingName(TrackingNames.SlugTable);

        // Which article classes the project's code names: their typed members are generated (ArticleDataDetail=compact).
        var named = context.SyntaxProvider
            .CreateSyntaxProvider(static (node, _) => NamedArticles.IsCandidate(node), static (ctx, _) => NamedArticles.NamesIn(ctx.Node))
            .Collect()
            .Combine(slugTable)
            .Select((pair, _) => NamedArticles.Classes(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.NamedArticles);

        var units = extracted
            .Combine(slugTable)
            .Combine(named)
            .Select((pair, _) =>
            {
                var assignment = pair.Left.Right.For(pair.Left.Left.File.FilePath);
                return new ArticleUnit(pair.Left.Left, assignment, NamedArticles.Contains(pair.Right, assignment.ClassName));
            })
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
            .Select((u, _) => new CatalogEntry(u.Assignment.Slug, u.Assignment.ClassName, u.Article.Document.Title.Text,
                u.Article.File.RelativePath, u.Article.Entities))
            .WithTrackingName(TrackingNames.CatalogEntries)
            .Collect();

        context.RegisterSourceOutput(catalog.Combine(options), static (spc, pair) =>
            spc.AddSource(CatalogEmitter.HintName, CatalogEmitter.Emit(pair.Left, pair.Right)));

        context.RegisterSourceOutput(options, static (spc, o) => DiagnosticReporter.Report(spc, o.Problems));
        context.RegisterSourceOutput(glossary, static (spc, g) => DiagnosticReporter.Report(spc, g.Diagnostics));
    }

    /// <summary>The file after the engine's first step (read, and parsed if an article), or null where it is not an ArticleData input.</summary>
    private static DeclaredFile? Declare(AdditionalText file, AnalyzerConfigOptionsProvider provider, int maxArticleSize, CancellationToken ct)
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
        return ProjectStage.Declare(info, () => file.GetText(ct)?.ToString(), maxArticleSize, ct);
    }

    /// <summary>The project's build properties by name, as the compiler passes them (build_property.*).</summary>
    private static Func<string, string?> Properties(AnalyzerConfigOptions global) =>
        name => global.TryGetValue("build_property." + name, out var value) ? value : null;

    /// <summary>Reports the article's diagnostics and, where it has a file of its own, writes that file.</summary>
    private static void EmitArticle(SourceProductionContext context, ArticleUnit unit, GeneratorOptions options)
    {
        DiagnosticReporter.Report(context, unit.Article.Document.Diagnostics);
        DiagnosticReporter.Report(context, unit.Assignment.Diagnostics);
        if (!unit.Assignment.Generate || !unit.Assignment.OwnFile) return;
        context.CancellationToken.ThrowIfCancellationRequested();
        context.AddSource(ArticleEmitter.HintName(unit), ArticleEmitter.Emit(unit, options));
    }
}
