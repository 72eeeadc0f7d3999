using System.Collections.Generic;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleData.Tests.Snapshots;

/// <summary>
/// The generated code, pinned: each test's files are compared with the *.verified.* files beside this one.
/// After an intended change, review the *.received.* files and accept them with ARTICLEDATA_ACCEPT=1 (see Snapshot).
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void Seed()
    {
        var result = GeneratorHarness.Run(new[] { new TestFile(Repo.SeedFile, Repo.SeedText) });

        Assert.Empty(result.Errors);
        Snapshot.VerifyRun(result);
    }

    [Fact]
    public void Seed_with_full_detail()
    {
        var result = GeneratorHarness.Run(new[] { new TestFile(Repo.SeedFile, Repo.SeedText) },
            new Dictionary<string, string> { ["ArticleDataDetail"] = "full" });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Errors);
        Snapshot.VerifyRun(result);
    }

    [Fact]
    public void Markdown_with_full_front_matter()
    {
        const string article =
            "---\n" +
            "title: \"Harbour bridge <reopens> & \\\"shines\\\"\"\n" +
            "summary: The council approved the repairs on Monday.\n" +
            "slug: harbour-bridge\n" +
            "date: 2024-05-01\n" +
            "authors: [Ann Lee, Bo Chen]\n" +
            "tags:\n" +
            "  - transport\n" +
            "  - local\n" +
            "source: https://example.org/harbour\n" +
            "language: en-GB\n" +
            "draft: false\n" +
            "desk: Metro\n" +
            "---\n" +
            "\n" +
            "The **harbour bridge** reopened on _Monday_, said [the council](https://example.org/council).\n" +
            "Traffic was light.\n" +
            "\n" +
            "Repairs cost `4.2m` pounds, a \\*record\\* for the <abbr>city</abbr>.\n";
        var result = GeneratorHarness.Run(new[] { new TestFile("articles/2024/bridge.md", article) });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Errors);
        Snapshot.VerifyRun(result);
    }

    [Fact]
    public void Diagnostics_beside_a_healthy_article()
    {
        var result = GeneratorHarness.Run(new[]
        {
            new TestFile("articles/healthy.txt", "Healthy headline\nA standfirst.\n\nThe one paragraph.\n"),
            new TestFile("articles/empty.txt", ""),
            new TestFile("articles/dated.md", "---\ntitle: Dated\ndate: soon\nnot a pair\n---\nBody.\n"),
            new TestFile("articles/copy/healthy.txt", "Another healthy\n\nBody.\n"),
        }, new Dictionary<string, string> { ["ArticleDataVisibility"] = "private" });

        Assert.Empty(result.Errors);
        Snapshot.VerifyRun(result);
    }

    [Fact]
    public void Namespace_class_name_and_internal_visibility()
    {
        var result = GeneratorHarness.Run(new[] { new TestFile("articles/note.txt", "A note\n\nIts body.\n") },
            new Dictionary<string, string>
            {
                ["ArticleDataNamespace"] = "Newsroom.Content",
                ["ArticleDataClassName"] = "Stories",
                ["ArticleDataVisibility"] = "internal",
            },
            // Internal: only articles the code names get typed members, so the code names this one.
            userCode: "static class Featured { public static int Claims => Newsroom.Content.Stories.Note.Claims.All.Count; }");

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Errors);
        Assert.Contains("namespace Newsroom.Content", result.Source("Catalog"));
        Assert.Contains("internal static partial class Stories", result.Source("Catalog"));
        Assert.Contains("internal static partial class Stories", result.Source("Articles.Note"));
        Snapshot.VerifyRun(result);
    }

    [Fact]
    public void Empty_root_namespace_generates_into_the_global_namespace()
    {
        var result = GeneratorHarness.Run(new[] { new TestFile("articles/note.txt", "A note\n\nIts body.\n") },
            new Dictionary<string, string> { ["RootNamespace"] = "" });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Errors);
        Assert.DoesNotContain("namespace", result.Source("Catalog"));
        Snapshot.VerifyRun(result);
    }

    [Fact]
    public void CSharp_7_3_without_nullable()
    {
        var result = GeneratorHarness.Run(new[] { new TestFile("articles/note.txt", "A note\n\nIts body.\n") },
            languageVersion: LanguageVersion.CSharp7_3, nullable: Microsoft.CodeAnalysis.NullableContextOptions.Disable);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Errors);
        foreach (var (hintName, text) in result.Sources) Assert.DoesNotContain("#nullable", text);
        Assert.Contains("public static global::ArticleData.Article Find(string slug)", result.Source("Catalog"));
        Snapshot.VerifyRun(result);
    }
}
