using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleData.Tests.Generator;

/// <summary>
/// Every diagnostic ArticleData reports: its id, a message that says what to do, its place in the article file, and
/// that a healthy article of the same run still generates and the whole output compiles.
/// </summary>
public class DiagnosticTests
{
    private static readonly TestFile Healthy = new("articles/healthy.txt", "Healthy\n\nFine body.\n");

    /// <summary>One bad input: the files (besides the healthy one), options, and where and what the diagnostic must say.</summary>
    public sealed record Case(string Name, string Id, TestFile[] Files, string? Path, int Line, int Column, string Advice,
        Dictionary<string, string>? Properties = null)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new("empty file", DiagnosticIds.EmptyArticle, new[] { new TestFile("articles/empty.txt", "") }, "articles/empty.txt", 1, 1, "Write its headline on the first line"),
        new("whitespace only", DiagnosticIds.EmptyArticle, new[] { new TestFile("articles/blank.txt", " \r\n\t\r\n") }, "articles/blank.txt", 1, 1, "Write its headline"),
        new("first line empty", DiagnosticIds.NoHeadline, new[] { new TestFile("articles/late.txt", "\nHeadline too late\n") }, "articles/late.txt", 1, 1, "Put the headline on line 1"),
        new("markdown without title", DiagnosticIds.NoHeadline, new[] { new TestFile("articles/plain.md", "---\ndate: 2024-05-01\n---\nJust a paragraph.\n") }, "articles/plain.md", 1, 1, "Add either"),
        new("unclosed front matter", DiagnosticIds.UnclosedFrontMatter, new[] { new TestFile("articles/open.md", "---\ntitle: Open\n\nBody.\n") }, "articles/open.md", 1, 1, "End the front matter with a line holding only '---'"),
        new("front-matter line without a key", DiagnosticIds.MalformedFrontMatter, new[] { new TestFile("articles/line.md", "---\ntitle: Fine\nnot a pair\n---\nBody.\n") }, "articles/line.md", 3, 1, "fix or remove it"),
        new("front-matter tab indent", DiagnosticIds.MalformedFrontMatter, new[] { new TestFile("articles/tab.md", "---\ntitle: Fine\ntags:\n\t- a\n---\nBody.\n") }, "articles/tab.md", 4, 1, "indented with spaces"),
        new("front-matter key twice", DiagnosticIds.MalformedFrontMatter, new[] { new TestFile("articles/twice.md", "---\ntitle: Fine\ntitle: Again\n---\nBody.\n") }, "articles/twice.md", 3, 1, "fix or remove it"),
        new("duplicate slug", DiagnosticIds.DuplicateSlug, new[] { new TestFile("articles/a/same.txt", "A\n\nBody.\n"), new TestFile("articles/b/same.txt", "B\n\nBody.\n") }, "articles/b/same.txt", 1, 1, "Give one of them another Slug"),
        new("slug metadata without letters", DiagnosticIds.InvalidSlug, new[] { new TestFile("articles/odd.txt", "Odd\n\nBody.\n", Slug: "!!!") }, "articles/odd.txt", 1, 1, "set a Slug"),
        new("file name without letters", DiagnosticIds.InvalidSlug, new[] { new TestFile("articles/---.txt", "Dashes\n\nBody.\n") }, "articles/---.txt", 1, 1, "Rename the file"),
        new("front-matter slug without letters", DiagnosticIds.InvalidSlug, new[] { new TestFile("articles/q.md", "---\ntitle: Q\nslug: '???'\n---\nBody.\n") }, "articles/q.md", 1, 1, "set a Slug"),
        new("NUL on line 1", DiagnosticIds.NotText, new[] { new TestFile("articles/bin.txt", "Head\0line\n\nBody.\n") }, "articles/bin.txt", 1, 5, "Save it as UTF-8"),
        new("NUL on line 3 after CRLF", DiagnosticIds.NotText, new[] { new TestFile("articles/bin3.txt", "Head\r\n\r\nBo\0dy\r\n") }, "articles/bin3.txt", 3, 3, "Save it as UTF-8"),
        new("too large", DiagnosticIds.ArticleTooLarge, new[] { new TestFile("articles/big.txt", "Big\n\n" + new string('x', 40) + "\n") }, "articles/big.txt", 1, 1, "raise ArticleDataMaxArticleSize",
            new Dictionary<string, string> { ["ArticleDataMaxArticleSize"] = "30" }),
        new("class-name collision", DiagnosticIds.ClassNameCollision, new[] { new TestFile("articles/x-1.txt", "A\n\nBody.\n"), new TestFile("articles/x1.txt", "B\n\nBody.\n") }, "articles/x1.txt", 1, 1, "Give it a distinct Slug"),
        new("slug taking a catalog member name", DiagnosticIds.ClassNameCollision, new[] { new TestFile("articles/find.txt", "Find\n\nBody.\n") }, "articles/find.txt", 1, 1, "Give it a distinct Slug"),
        new("bad date", DiagnosticIds.InvalidFrontMatterValue, new[] { new TestFile("articles/date.md", "---\ntitle: D\ndate: tomorrow\n---\nBody.\n") }, "articles/date.md", 3, 7, "write it as YYYY-MM-DD"),
        new("bad boolean", DiagnosticIds.InvalidFrontMatterValue, new[] { new TestFile("articles/draft.md", "---\ntitle: D\ndraft:   maybe\n---\nBody.\n") }, "articles/draft.md", 3, 10, "write true or false"),
        new("list for a scalar", DiagnosticIds.InvalidFrontMatterValue, new[] { new TestFile("articles/list.md", "---\ntitle: [a, b]\n---\nBody.\n") }, "articles/list.md", 2, 1, "must be a single text value"),
        new("YAML alias", DiagnosticIds.InvalidFrontMatterValue, new[] { new TestFile("articles/alias.md", "---\ntitle: T\nsource:  *ref\n---\nBody.\n") }, "articles/alias.md", 3, 10, "write it out"),
        new("bad glossary line", DiagnosticIds.InvalidGlossaryEntry, new[] { new TestFile("glossary.txt", "Person: Ada Lovelace\n  Wizard: Merlin\n", Kind: "Glossary") }, "glossary.txt", 2, 3, "Write 'Kind: Name"),
        new("bad front-matter entity", DiagnosticIds.InvalidGlossaryEntry, new[] { new TestFile("articles/ent.md", "---\ntitle: E\nentities:\n  - Wizard: Merlin\n---\nBody.\n") }, "articles/ent.md", 4, 5, "Write 'Kind: Name"),
        new("bad visibility", DiagnosticIds.InvalidOption, Array.Empty<TestFile>(), null, 0, 0, "neither 'public' nor 'internal'",
            new Dictionary<string, string> { ["ArticleDataVisibility"] = "protected" }),
        new("bad max size", DiagnosticIds.InvalidOption, Array.Empty<TestFile>(), null, 0, 0, "not a positive whole number",
            new Dictionary<string, string> { ["ArticleDataMaxArticleSize"] = "-5" }),
        new("bad JSON-LD form", DiagnosticIds.InvalidOption, Array.Empty<TestFile>(), null, 0, 0, "neither 'runtime' nor 'constant'",
            new Dictionary<string, string> { ["ArticleDataJsonLd"] = "inline" }),
        new("bad class name", DiagnosticIds.InvalidOption, Array.Empty<TestFile>(), null, 0, 0, "is not a C# identifier",
            new Dictionary<string, string> { ["ArticleDataClassName"] = "class" }),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gets_a_located_diagnostic_that_says_what_to_do_and_the_rest_still_generates(Case c)
    {
        var result = GeneratorHarness.Run(c.Files.Prepend(Healthy), c.Properties);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id == c.Id && (c.Path is null || d.Location.GetLineSpan().Path == GeneratorHarness.Full(c.Path)));
        AssertLocated(diagnostic, c.Path, c.Line, c.Column);
        Assert.Contains(c.Advice, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticIds.Title(c.Id), diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture));
        AssertHealthyStillGenerates(result);
    }

    [Fact]
    public void Unreadable_file_gets_ART012_and_the_rest_still_generates()
    {
        var result = RunWith(new TestFile("articles/gone.txt", ""), path => new FailingText(path, null));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.UnreadableFile, diagnostic.Id);
        AssertLocated(diagnostic, "articles/gone.txt", 1, 1);
        Assert.Contains("Check that it exists and is readable", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        AssertHealthyStillGenerates(result);
    }

    [Fact]
    public void A_failure_inside_the_generator_gets_ART013_not_CS8785_and_the_rest_still_generates()
    {
        var result = RunWith(new TestFile("articles/boom.txt", ""), path => new FailingText(path, new IOException("disk on fire")));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(DiagnosticIds.InternalError, diagnostic.Id);
        AssertLocated(diagnostic, "articles/boom.txt", 1, 1);
        Assert.Contains("IOException: disk on fire", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("please report this", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        AssertHealthyStillGenerates(result);
    }

    [Fact]
    public void A_failing_extractor_gets_ART015_and_the_article_keeps_its_text_and_the_other_extractors_output()
    {
        var document = ArticleParser.Parse("articles/claims.txt", "Headline\n\nMaria Lopez said the bridge opened in May.\n");
        var entities = ArticleExtractor.Extract(document, Glossary.Empty, ExtractionOptions.All).Entities;

        var model = ArticleExtractor.Extract(document, ExtractionOptions.All, () => entities, _ => throw new InvalidOperationException("odd sentence"));

        Assert.Equal(entities, model.Entities);
        Assert.Empty(model.Claims);
        var d = Assert.Single(model.Document.Diagnostics);
        Assert.Equal((DiagnosticIds.ExtractionFailed, DiagnosticSeverityKind.Warning), (d.Id, d.Severity));
        Assert.Contains("could not extract this article's claims (InvalidOperationException: odd sentence)", d.Message);
        Assert.Equal(document.Paragraphs, model.Document.Paragraphs);
    }

    [Fact]
    public void Every_id_in_DiagnosticIds_has_a_case_here()
    {
        var covered = ((IEnumerable<object[]>)Cases).Select(row => ((Case)row[0]).Id).Concat(new[] { DiagnosticIds.UnreadableFile, DiagnosticIds.InternalError, DiagnosticIds.ExtractionFailed,
            DiagnosticIds.UnknownSlug /* the analyzer's, on user code: Analyzers/UnknownSlugAnalyzerTests */ });
        Assert.Equal(AllIds(), covered.Distinct().OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void The_README_diagnostics_table_lists_exactly_the_ids_in_DiagnosticIds()
    {
        var readme = File.ReadAllLines(Repo.Path("README.md"));
        var listed = readme.Where(l => l.StartsWith("| ART", StringComparison.Ordinal))
            .Select(l => l.Split('|')[1].Trim())
            .OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(AllIds(), listed);
    }

    [Fact]
    public void Every_id_has_one_severity_in_the_engine_the_descriptors_and_the_README()
    {
        var readme = File.ReadAllLines(Repo.Path("README.md"))
            .Where(l => l.StartsWith("| ART", StringComparison.Ordinal))
            .ToDictionary(l => l.Split('|')[1].Trim(), l => l.Split('|')[2].Trim());
        foreach (string id in AllIds())
        {
            var engine = DiagnosticIds.Severity(id);
            var descriptor = ArticleData.Generator.Descriptors.ById[id].DefaultSeverity;
            Assert.True(engine.ToString() == descriptor.ToString(), $"{id}: engine {engine}, descriptor {descriptor}");
            Assert.True(engine.ToString() == readme[id], $"{id}: engine {engine}, README {readme[id]}");
        }
    }

    private static IEnumerable<string> AllIds() =>
        typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(id => id, StringComparer.Ordinal);

    private static void AssertLocated(Diagnostic diagnostic, string? path, int line, int column)
    {
        if (path is null)
        {
            Assert.Equal(Location.None, diagnostic.Location);
            return;
        }
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.Full(path), span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    private static void AssertHealthyStillGenerates(GeneratorResult result)
    {
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
        Assert.Contains(result.Sources, s => s.HintName == "ArticleData.Articles.Healthy.g.cs");
        Assert.Contains("typeof(Healthy)", result.Source("Catalog"));
        Assert.Empty(result.Errors);
    }

    /// <summary>Runs the healthy article and <paramref name="file"/>, whose AdditionalText comes from <paramref name="makeText"/>.</summary>
    private static GeneratorResult RunWith(TestFile file, Func<string, AdditionalText> makeText)
    {
        var files = new[] { Healthy, file };
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var texts = new[] { new InMemoryAdditionalText(GeneratorHarness.Full(Healthy.Path), Healthy.Text), makeText(GeneratorHarness.Full(file.Path)) };
        var driver = GeneratorHarness.CreateDriver(texts, new TestOptionsProvider(files, null), parseOptions);
        return GeneratorHarness.RunDriver(driver, GeneratorHarness.CreateCompilation("", parseOptions, NullableContextOptions.Enable));
    }

    /// <summary>An AdditionalText whose text cannot be had: GetText returns null, or throws.</summary>
    private sealed class FailingText(string path, Exception? failure) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => failure is null ? null : throw failure;
    }
}
