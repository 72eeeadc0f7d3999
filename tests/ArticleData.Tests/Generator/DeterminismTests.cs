using System.Collections.Generic;
using System.Linq;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Generator;

/// <summary>
/// Same input, same bytes: whatever order the files arrive in, and wherever the project sits on disk. (The culture and
/// line-ending matrix lives with the reliability tests.)
/// </summary>
public class DeterminismTests
{
    /// <summary>Files that exercise every order-sensitive decision: a duplicate slug, a class-name clash, Markdown, a glossary.</summary>
    private static readonly TestFile[] Files =
    {
        new(Repo.SeedFile, Repo.SeedText),
        new("articles/b/story.txt", "Story B\n\nBody of b.\n"),
        new("articles/a/story.txt", "Story A\n\nBody of a.\n"),
        new("articles/x1.txt", "X one\n\nBody.\n"),
        new("articles/x-1.txt", "X dash one\n\nBody.\n"),
        new("articles/feature.md", "---\ntitle: Feature\ntags: [a, b]\ndate: 2024-01-02\n---\nThe *feature* body.\n"),
        new("articles/zeta.txt", "Zeta\nStandfirst.\n\nOne.\nTwo.\n", Slug: "alpha-first"),
        new("glossary.txt", "Person: Ada Lovelace | Ada\n", Kind: "Glossary"),
    };

    [Fact]
    public void Any_file_order_gives_byte_identical_output_and_diagnostics()
    {
        var expected = Output(GeneratorHarness.Run(Files));
        Assert.Contains(expected.Sources, s => s.StartsWith("ArticleData.Articles.Story.g.cs", System.StringComparison.Ordinal));

        var orders = new[]
        {
            Files.Reverse().ToArray(),
            Files.OrderBy(f => f.Text.Length).ToArray(),
            Files.Skip(3).Concat(Files.Take(3)).ToArray(),
        };
        foreach (var order in orders)
        {
            var actual = Output(GeneratorHarness.Run(order));
            Assert.Equal(expected.Sources, actual.Sources);
            Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        }
    }

    [Theory]
    [InlineData("/home/alice/src/News", "/srv/build/agent-7/News/")]
    [InlineData("/home/alice/src/News", @"C:\work\News")]
    [InlineData(@"C:\work\News", @"D:\Users\bob\News\")]
    public void The_project_directory_leaves_no_trace_in_the_output(string oneDirectory, string otherDirectory)
    {
        var one = Output(RunUnder(oneDirectory));
        var other = Output(RunUnder(otherDirectory));

        Assert.Equal(one.Sources.Length, other.Sources.Length);
        for (int i = 0; i < one.Sources.Length; i++) Assert.Equal(one.Sources[i], other.Sources[i]); // string diffs read better
        foreach (var source in one.Sources.Concat(other.Sources))
        {
            Assert.DoesNotContain("alice", source);
            Assert.DoesNotContain("agent-7", source);
            Assert.DoesNotContain(@"work\", source);
            Assert.DoesNotContain("bob", source);
        }
        Assert.Contains("SourcePath = \"articles/a/story.txt\"", one.Sources.Single(s => s.StartsWith("ArticleData.Articles.Story.g.cs", System.StringComparison.Ordinal)));
    }

    /// <summary>The project's files placed under <paramref name="directory"/>, with MSBuildProjectDirectory set to it.</summary>
    private static GeneratorResult RunUnder(string directory)
    {
        bool windows = directory.Contains('\\');
        string root = directory.TrimEnd('/', '\\');
        var files = Files.Select(f => f with { Path = root + (windows ? "\\" + f.Path.Replace('/', '\\') : "/" + f.Path) });
        var result = GeneratorHarness.Run(files, new Dictionary<string, string> { ["MSBuildProjectDirectory"] = directory });
        Assert.Empty(result.Errors);
        return result;
    }

    /// <summary>Every generated file as "hint name + text", and every diagnostic without its (absolute) file path.</summary>
    private static (string[] Sources, string[] Diagnostics) Output(GeneratorResult result) =>
        (result.Sources.Select(s => s.HintName + "\n" + s.Text).ToArray(),
         result.GeneratorDiagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().Path} {d.Location.GetLineSpan().StartLinePosition} {d.GetMessage()}")
             .OrderBy(d => d, System.StringComparer.Ordinal).ToArray());
}
