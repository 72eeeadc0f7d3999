using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Packaging;

/// <summary>The packed ArticleData.Cli installed from the local feed into a tool path, each command run as users run it.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class CliToolTests
{
    private readonly PackageFeed _feed;

    public CliToolTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void Installed_tool_inspects_checks_and_exports()
    {
        string tools = Path.Combine(_feed.Root, "tools");
        var install = _feed.Dotnet(_feed.Root, "tool", "install", "ArticleData.Cli", "--tool-path", tools,
            "--add-source", _feed.Feed, "--version", PackageFeed.Version);
        Assert.True(install.ExitCode == 0, install.ToString());
        string articledata = Path.Combine(tools, "articledata");
        string seed = Repo.Path(Repo.SeedFile);
        string title = Repo.SeedText.Split('\n')[0].TrimEnd('\r');
        ProcessResult Tool(params string[] args) => ProcessRunner.Run(articledata, args, _feed.Root, _feed.Environment);

        var json = Tool("inspect", seed);
        Assert.True(json.ExitCode == 0, json.ToString());
        using (var doc = JsonDocument.Parse(json.StandardOutput))
        {
            var article = Assert.Single(doc.RootElement.GetProperty("articles").EnumerateArray());
            Assert.Equal(title, article.GetProperty("title").GetString());
            Assert.Equal(5, article.GetProperty("paragraphs").GetArrayLength());
        }

        var table = Tool("inspect", seed, "--format", "table");
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("   " + title, table.StandardOutput);

        string broken = Path.Combine(_feed.Root, "broken-article.md");
        File.WriteAllText(broken, "---\ntitle: Never closed\n\nThe front matter above has no closing line.\n");
        var clean = Tool("check", seed);
        var failing = Tool("check", seed, broken);
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("broken-article.md(1,1): error ART014", failing.StandardOutput);

        string jsonl = Path.Combine(_feed.Root, "export.jsonl");
        var export = Tool("export", seed, broken, "--output", jsonl);
        Assert.Equal(1, export.ExitCode); // the broken article is exported with its diagnostics, and the exit code says so
        var lines = File.ReadAllLines(jsonl);
        Assert.Equal(2, lines.Length);
        Assert.Equal(title, JsonDocument.Parse(lines[0]).RootElement.GetProperty("title").GetString());
        Assert.Equal("ART014", JsonDocument.Parse(lines[1]).RootElement.GetProperty("diagnostics")[0].GetProperty("id").GetString());
    }
}
