using System;
using System.Collections.Generic;
using System.Linq;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ArticleData.Tests.Reliability;

/// <summary>
/// Content never becomes code: text crafted to end a string literal, an XML doc comment, an identifier or a line and
/// start code or a directive, placed in every place an article can hold text, yields only data.
/// </summary>
public class InjectionTests
{
    /// <summary>Payloads that would each inject a type named Pwned (or a directive) if written into code unescaped.</summary>
    public static readonly string[] Payloads =
    {
        "\"; } } namespace Evil { public class Pwned { } } class X { const string Y = \"",
        "\\\"; public class Pwned { } //",
        "*/ public class Pwned { } /*",
        "</summary></remarks><summary>pwned</summary> <include file='x' path='y'/> <code>",
        "]]> <![CDATA[ public class Pwned { } ]]>",
        "\u2028#error pwned \u2029#line 1 \"pwned.cs\"",
        "\u0085#define PWNED\u0085 public class Pwned { }",
        "\u202E } public class Pwned { \u202C",
        "@\" \"\"\" {{ }} $\"{Pwned}\" u8",
        "\\u0022; public class Pwned { } //",
        "\uFEFF#pragma warning disable",
        "\u000D#nullable disable\u000D public class Pwned { }",
    };

    private static IEnumerable<HostileFile> Files()
    {
        for (int i = 0; i < Payloads.Length; i++)
        {
            string p = Payloads[i];
            string oneLine = p.Replace("\r", " ").Replace("\n", " ");
            yield return HostileFile.Text($"articles/plain{i}.txt", "Headline " + oneLine + "\n" + oneLine + "\n" + p + "\n\n" + p);
            yield return HostileFile.Text($"articles/md{i}.md",
                "---\ntitle: '" + oneLine.Replace("'", "''") + "'\nsummary: \"" + oneLine.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"\n" +
                "k" + i + oneLine.Replace(":", "") + ": " + oneLine + "\ntags: [" + oneLine.Replace(",", "") + "]\nentities:\n  - Person: " + oneLine.Replace("|", "") + "\n---\n\n" + p + "\n\n**" + p + "**\n");
            yield return HostileFile.Text($"articles/slug{i}.txt", "Slug\n" + p, slug: "s" + i + oneLine);
        }
        yield return HostileFile.Text("glossary.txt", string.Join("\n", Payloads.Select(p => "Person: " + p.Replace("\r", "").Replace("\n", "") + " | Pwned")), "Glossary");
    }

    [Fact]
    public void Payloads_in_every_text_slot_compile_to_the_expected_members_only()
    {
        var result = ReliabilityRunner.Run(Files().Append(HostileCorpusTests.Healthy));

        GeneratedCodeAssert.NoCrash(result);
        GeneratedCodeAssert.CompilesClean(result);
        GeneratedCodeAssert.OnlyExpectedMembers(result);
        Assert.Equal(Payloads.Length * 3 + 1, result.Sources.Count(s => s.HintName != "ArticleData.Catalog.g.cs"));

        var assembly = GeneratorHarness.Load(result.Compilation);
        var unexpected = assembly.GetTypes().Select(t => t.FullName!)
            .Where(n => n != "TestProject.Articles" && n != "TestProject.Entities" && n != "TestProject.Entities+__Table" && !n.StartsWith("TestProject.Articles+", StringComparison.Ordinal)
                && !n.StartsWith("<", StringComparison.Ordinal))
            .ToList();
        Assert.True(unexpected.Count == 0, "Types that are not ArticleData's: " + string.Join(", ", unexpected));
        Assert.DoesNotContain(assembly.GetTypes(), t => t.Name == "Pwned");

        foreach (var (hintName, text) in result.Sources)
        {
            var root = CSharpSyntaxTree.ParseText(text, ReliabilityRunner.ParseOptions()).GetRoot();
            // Each article's record is the catalog's, found by its own slug constant: no code built from the text.
            foreach (var property in root.DescendantNodes().OfType<PropertyDeclarationSyntax>().Where(p => p.Identifier.ValueText == "Article"))
            {
                var body = Assert.IsType<BinaryExpressionSyntax>(property.ExpressionBody!.Expression);
                Assert.Equal("__article", body.Left.ToString());
                var assignment = Assert.IsType<AssignmentExpressionSyntax>(Assert.IsType<ParenthesizedExpressionSyntax>(body.Right).Expression);
                var value = assignment.Right;
                if (value is PostfixUnaryExpressionSyntax suppressed) value = suppressed.Operand;
                var call = Assert.IsType<InvocationExpressionSyntax>(value);
                Assert.Equal("global::TestProject.Articles.Find", call.Expression.ToString());
                Assert.Equal("Slug", Assert.Single(call.ArgumentList.Arguments).Expression.ToString());
            }
        }
        var catalogRoot = CSharpSyntaxTree.ParseText(result.Source("Catalog"), ReliabilityRunner.ParseOptions()).GetRoot();
        // Find hands the slug to the catalog's table: no code built from any article's text.
        var find = catalogRoot.DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "Find");
        Assert.Equal("__Records.Value.Find(slug)", find.ExpressionBody!.Expression.ToString());
        // The record table lists each article's class once, in slug order: typeof only, then one literal of the slugs.
        var records = catalogRoot.DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.ValueText == "__Records");
        var types = records.DescendantNodes().OfType<TypeOfExpressionSyntax>().Select(t => t.Type.ToString()).ToList();
        Assert.Equal(Payloads.Length * 3 + 1, types.Count);
        var slugs = Assert.Single(records.DescendantNodes().OfType<LiteralExpressionSyntax>()).Token.ValueText.Split(' ');
        Assert.Equal(types.Count, slugs.Length);
        Assert.Equal(slugs.OrderBy(s => s, StringComparer.Ordinal), slugs);
    }

    [Fact]
    public void Payload_text_survives_exactly()
    {
        var result = ReliabilityRunner.Run(Files());
        var assembly = GeneratorHarness.Load(result.Compilation);
        for (int i = 0; i < Payloads.Length; i++)
        {
            var type = assembly.GetType($"TestProject.Articles+Plain{i}")!;
            var article = (Article)type.GetProperty("Article")!.GetValue(null)!;
            string oneLine = Payloads[i].Replace("\r", " ").Replace("\n", " ");
            GeneratedCodeAssert.Exact(("Headline " + oneLine).Trim(), article.Title, "title " + i);
            GeneratedCodeAssert.Exact(oneLine.Trim(), article.Standfirst, "standfirst " + i);
        }
    }
}
