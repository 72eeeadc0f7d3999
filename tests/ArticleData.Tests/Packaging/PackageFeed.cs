using System;
using System.Collections.Generic;
using System.IO;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Packaging;

/// <summary>
/// Packs ArticleData and ArticleData.Cli once per test run into a temporary local feed, the way a user gets them.
/// Restores use their own empty NUGET_PACKAGES folder, so a package cached by an earlier run can never stand in for
/// the one just packed; the feed is added to the machine's usual sources (nuget.org or whatever its NuGet.Config has).
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public const string Version = "0.1.0";

    public string Root { get; }
    public string Feed { get; }
    public string PackagesFolder { get; }

    /// <summary>The environment every child dotnet process of these tests runs with.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "articledata-package-tests-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "nuget-packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };

        foreach (var project in new[] { "src/ArticleData/ArticleData.csproj", "src/ArticleData.Cli/ArticleData.Cli.csproj" })
        {
            var pack = ProcessRunner.Dotnet(Repo.Root, null, "pack", Repo.Path(project), "-c", "Release", "-o", Feed, "-nodeReuse:false");
            if (pack.ExitCode != 0) throw new InvalidOperationException("Packing failed.\n" + pack);
        }

        // Consumer projects live under Root, so this NuGet.config applies to them.
        LocalNuGetConfig.Write(Root, "articledata-test-feed", Feed);
    }

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>Writes files (relative path → content) into a new folder under the feed's root and returns the folder.</summary>
    public string CreateProject(string name, IReadOnlyDictionary<string, string> files)
    {
        string dir = Path.Combine(Root, name);
        foreach (var (relative, content) in files)
        {
            string path = Path.Combine(dir, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }
        return dir;
    }

    public ProcessResult Dotnet(string workingDirectory, params string[] arguments) =>
        ProcessRunner.Dotnet(workingDirectory, Environment, arguments);

    public void Dispose()
    {
        if (System.Environment.GetEnvironmentVariable("ARTICLEDATA_KEEP_TEST_FILES") == "1") return;
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Package feed";
}
