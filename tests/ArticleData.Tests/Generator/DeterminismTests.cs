using System.Collections.Generic;
using System.Linq;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Generator;

/// <summary>
/// Same input, same bytes: whatever order the files arrive in, and wherever the project sits on disk — but for the
/// article paths of the #line directives, which are absolute, as the compiler gave them. (The culture and line-ending
/// matrix lives with the reliability tests.)
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
    public void The_project_directory_appears_only_in_line_directives(string oneDirectory, string otherDirectory)
    {
        var one = Output(RunUnder(oneDirectory));
        var other = Output(RunUnder(otherDirectory));

        Assert.Equal(one.Sources.Length, other.Sources.Length);
        for (int i = 0; i < one.Sources.Length; i++)
        {
            Assert.Equal(WithoutDirectory(one.Sources[i], oneDirectory), WithoutDirectory(other.Sources[i], otherDirectory));
        }
        Assert.Contains(one.Sources.SelectMany(s => s.Split('\n')),
            l => l.Contains("#line (", System.StringComparison.Ordinal) && l.Contains(oneDirectory.TrimEnd('/', '\\'), System.StringComparison.Ordinal));
        var lines = one.Sources.Concat(other.Sources).SelectMany(s => s.Split('\n')).ToList();
        foreach (var line in lines.Where(l => !l.TrimStart().StartsWith("#line", System.StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("alice", line);
            Assert.DoesNotContain("agent-7", line);
            Assert.DoesNotContain(@"work\", line);
            Assert.DoesNotContain("bob", line);
        }
    }

    [Theory]
    [InlineData("/home/alice/src/News", "/srv/build/agent-7/News/")]
    [InlineData("/home/alice/src/News", @"C:\work\News")]
    [InlineData(@"C:\work\News", @"D:\Users\bob\News\")]
    public void Without_line_directives_the_project_directory_leaves_no_trace_in_the_output(string oneDirectory, string otherDirectory)
    {
        var off = new Dictionary<string, string> { ["ArticleDataLineDirectives"] = "false" };
        var one = Output(RunUnder(oneDirectory, off));
        var other = Output(RunUnder(otherDirectory, off));

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

    /// <summary>
    /// A generated file with <paramref name="directory"/> taken out of its #line paths and their separators made '/':
    /// what is left must not depend on where the project is.
    /// </summary>
    private static string WithoutDirectory(string source, string directory)
    {
        string root = directory.TrimEnd('/', '\\');
        return string.Join("\n", source.Split('\n').Select(l =>
            l.TrimStart().StartsWith("#line", System.StringComparison.Ordinal) ? l.Replace(root, "{dir}", System.StringComparison.Ordinal).Replace('\\', '/') : l));
    }

    /// <summary>The project's files placed under <paramref name="directory"/>, with MSBuildProjectDirectory set to it.</summary>
    private static GeneratorResult RunUnder(string directory, IDictionary<string, string>? properties = null)
    {
        bool windows = directory.Contains('\\');
        string root = directory.TrimEnd('/', '\\');
        var files = Files.Select(f => f with { Path = root + (windows ? "\\" + f.Path.Replace('/', '\\') : "/" + f.Path) });
        var all = new Dictionary<string, string>(properties ?? new Dictionary<string, string>()) { ["MSBuildProjectDirectory"] = directory };
        var result = GeneratorHarness.Run(files, all);
        Assert.Empty(result.Errors);
        return result;
    }

    /// <summary>Every generated file as "hint name + text", and every diagnostic without its (absolute) file path.</summary>
    private static (string[] Sources, string[] Diagnostics) Output(GeneratorResult result) =>
        (result.Sources.Select(s => s.HintName + "\n" + s.Text).ToArray(),
         result.GeneratorDiagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().Path} {d.Location.GetLineSpan().StartLinePosition} {d.GetMessage()}")
             .OrderBy(d => d, System.StringComparer.Ordinal).ToArray());
}
