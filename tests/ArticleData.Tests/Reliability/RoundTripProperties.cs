using System;
using System.Collections.Generic;
using System.Linq;
using ArticleData.Engine.Emit;
using ArticleData.Engine.Parsing;
using ArticleData.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ArticleData.Tests.Reliability;

/// <summary>
/// Property-based tests: random article text over the whole UTF-16 range (controls, lone surrogates, bidi and
/// format characters, code look-alikes) and random structure. Articles are batched several to a compilation to keep
/// the runs fast; iteration counts are in the constants below.
/// </summary>
public class RoundTripProperties
{
    public const int LiteralSamples = 2000;
    public const int RandomTextBatches = 40, StructuredBatches = 40, MarkdownBatches = 30, ArticlesPerBatch = 6;

    /// <summary>Any UTF-16 code unit, weighted towards the ones that break generated code.</summary>
    private static readonly Gen<char> HostileChar = Gen.Frequency(
        (30, Gen.Char['a', 'z']),
        (10, Gen.Char[' ', '~']),
        (6, Gen.Char['\u0000', '\u001F']),
        (2, Gen.Char['\u007F', '\u009F']),
        (4, Gen.Char['\uD800', '\uDFFF']),
        (4, Gen.Char["\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u2028\u2029\uFEFF\u0085\u00A0\u0301"]),
        (6, Gen.Char["\"\\{}#*/<>&]`$@'_~[()!:-"]),
        (8, Gen.Char));

    private static readonly Gen<string> Emoji = Gen.Int[0x1F300, 0x1FAFF].Select(char.ConvertFromUtf32);

    private static readonly Gen<string> CodeLookalike = Gen.OneOf(
        Gen.Const("\"\"\""), Gen.Const("*/"), Gen.Const("/*"), Gen.Const("</summary>"), Gen.Const("]]>"), Gen.Const("#line 1 \"x\""),
        Gen.Const("#error e"), Gen.Const("\\u0000"), Gen.Const("{{"), Gen.Const("}"), Gen.Const("\";"), Gen.Const("///"), Gen.Const("&amp;"),
        Gen.Const("**"), Gen.Const("[a](b)"), Gen.Const("<b>"), Gen.Const("\\"));

    private static readonly Gen<string> Piece = Gen.Frequency(
        (12, HostileChar.Select(c => c.ToString())), (1, Emoji), (2, CodeLookalike));

    /// <summary>Random text, line breaks of every kind and NULs included.</summary>
    private static readonly Gen<string> AnyText = Gen.Frequency(
        (10, Piece),
        (2, Gen.OneOf(Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r"), Gen.Const("\n\n"), Gen.Const("---\n"), Gen.Const("# "))))
        .Array[0, 120].Select(string.Concat);

    /// <summary>Random text for one line: no CR, LF or NUL.</summary>
    private static readonly Gen<string> LineText = Piece.Array[0, 40].Select(p => string.Concat(p).Replace("\r", "").Replace("\n", "").Replace("\0", ""));

    private static readonly Gen<string> LineBreak = Gen.OneOf(Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r"));

    [Fact]
    public void String_literals_hold_any_text_exactly_and_xml_doc_text_parses()
    {
        Piece.Array[0, 60].Select(string.Concat).Sample(text =>
        {
            var tree = CSharpSyntaxTree.ParseText(
                "/// <summary>" + Literals.Xml(text) + "</summary>\nclass C { const string X = " + Literals.String(text) + "; }",
                ReliabilityRunner.ParseOptions());
            Assert.Empty(tree.GetDiagnostics());
            var literal = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single();
            GeneratedCodeAssert.Exact(text, literal.Token.ValueText, "literal");
            var docs = tree.GetRoot().DescendantTrivia().Single(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia));
            Assert.DoesNotContain(docs.GetStructure()!.DescendantNodes(), n => n.ContainsDiagnostics);
            GeneratedCodeAssert.OnlyVisibleCharacters("literal", literal.ToString() + Literals.Xml(text));
        }, iter: LiteralSamples, threads: 1);
    }

    [Fact]
    public void Random_text_never_breaks_the_generator_and_round_trips_what_the_parser_read()
    {
        Gen.Select(AnyText.Array[ArticlesPerBatch], Gen.Bool.Array[ArticlesPerBatch]).Sample((texts, markdown) =>
        {
            var files = texts.Select((t, i) => HostileFile.Text($"articles/p{i}.{(markdown[i] ? "md" : "txt")}", t)).ToList();
            var expected = new List<ExpectedArticle>();
            for (int i = 0; i < files.Count; i++)
            {
                var document = ArticleParser.Parse(GeneratorHarness.Full(files[i].File.Path), files[i].File.Text);
                if (document.HasErrors || document.FrontMatter.Slug is not null) continue;
                expected.Add(new ExpectedArticle("P" + i, document.Title.Text, string.Join("\n\n", document.Paragraphs.Select(p => p.Text)),
                    document.Standfirst?.Text ?? "", "p" + i));
            }
            Check(files, expected);
        }, iter: RandomTextBatches, threads: 1);
    }

    [Fact]
    public void Random_plain_text_structure_round_trips_exactly()
    {
        var article = Gen.Select(LineText, LineText, LineText.Array[0, 6], LineBreak);
        article.Array[ArticlesPerBatch].Sample(articles =>
        {
            var files = new List<HostileFile>();
            var expected = new List<ExpectedArticle>();
            for (int i = 0; i < articles.Length; i++)
            {
                var (title, standfirst, paragraphs, newline) = articles[i];
                title = "T" + title; // line 1 must hold the headline
                string blank = newline + newline;
                files.Add(HostileFile.Text($"articles/s{i}.txt", title + newline + standfirst + blank + string.Join(blank, paragraphs)));
                expected.Add(new ExpectedArticle("S" + i, title.Trim(),
                    string.Join("\n\n", paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim())),
                    string.IsNullOrWhiteSpace(standfirst) ? "" : standfirst.Trim(), "s" + i));
            }
            Check(files, expected);
        }, iter: StructuredBatches, threads: 1);
    }

    [Fact]
    public void Random_markdown_front_matter_round_trips_title_and_summary_exactly()
    {
        var article = Gen.Select(LineText, LineText, LineText, AnyText);
        article.Array[ArticlesPerBatch].Sample(articles =>
        {
            var files = new List<HostileFile>();
            var expected = new List<ExpectedArticle>();
            for (int i = 0; i < articles.Length; i++)
            {
                var (title, summary, extra, body) = articles[i];
                title = "T" + title;
                summary = "S" + summary;
                string Quote(string s) => "'" + s.Replace("'", "''") + "'";
                string text = "---\ntitle: " + Quote(title) + "\nsummary: " + Quote(summary) + "\nnote: " + Quote(extra) + "\n---\n\n" + body.Replace("\0", "");
                var path = $"articles/m{i}.md";
                files.Add(HostileFile.Text(path, text));
                var document = ArticleParser.Parse(GeneratorHarness.Full(path), text);
                Assert.False(document.HasErrors, "front matter with a title always parses");
                expected.Add(new ExpectedArticle("M" + i, title.Trim(), string.Join("\n\n", document.Paragraphs.Select(p => p.Text)), summary.Trim(), "m" + i));
            }
            Check(files, expected);
        }, iter: MarkdownBatches, threads: 1);
    }

    /// <summary>Runs one batch with the healthy article: no crash, zero diagnostics, only data, exact round trip.</summary>
    private static void Check(List<HostileFile> files, List<ExpectedArticle> expected)
    {
        var result = ReliabilityRunner.Run(files.Append(HostileCorpusTests.Healthy));
        GeneratedCodeAssert.NoCrash(result);
        GeneratedCodeAssert.CompilesClean(result);
        GeneratedCodeAssert.OnlyExpectedMembers(result);
        GeneratedCodeAssert.LocatedDiagnostics(result);
        GeneratedCodeAssert.HasArticles(result, expected.Append(HostileCorpusTests.HealthyArticle));
        Assert.Equal(expected.Count + 1, result.Sources.Count(s => s.HintName != "ArticleData.Catalog.g.cs"));
    }
}
