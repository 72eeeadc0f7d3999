using System;
using System.Collections.Generic;
using System.IO;
using ArticleData.Tests.Infrastructure;

namespace ArticleData.Benchmarks.Build;

/// <summary>
/// The packed ArticleData in a local feed, the way the packaging tests get it (tests/ArticleData.Tests/Packaging/
/// PackageFeed.cs): packed once per run into a folder, added by a NuGet.config in the folder above the consumer
/// projects, and restored into an empty NUGET_PACKAGES folder of the run's own, so a package cached by an earlier
/// run can never stand in for the one just packed.
/// </summary>
public sealed class LocalFeed
{
    public const string PackageVersion = "0.1.0";

    private LocalFeed(string directory, string packagesFolder)
    {
        Directory = directory;
        PackagesFolder = packagesFolder;
    }

    public string Directory { get; }

    public string PackagesFolder { get; }

    /// <summary>
    /// Packs ArticleData into &lt;root&gt;/feed, unless <paramref name="existingFeed"/> already holds the package, and makes
    /// every project under <paramref name="root"/> restore from it.
    /// </summary>
    public static LocalFeed Create(string root, string? existingFeed, Action<string> progress)
    {
        string feed = existingFeed ?? Path.Combine(root, "feed");
        string packages = Path.Combine(root, "nuget-packages");
        System.IO.Directory.CreateDirectory(feed);
        System.IO.Directory.CreateDirectory(packages);

        if (existingFeed is null)
        {
            progress("packing src/ArticleData into " + feed);
            var pack = ProcessRunner.Run("dotnet", new[] { "pack", Repo.Path("src/ArticleData/ArticleData.csproj"), "-c", "Release", "-o", feed, "-nodeReuse:false" },
                Repo.Root, timeout: TimeSpan.FromMinutes(10));
            if (pack.ExitCode != 0) throw new InvalidOperationException("Packing ArticleData failed.\n" + pack);
        }
        string package = Path.Combine(feed, $"ArticleData.{PackageVersion}.nupkg");
        if (!File.Exists(package)) throw new InvalidOperationException($"The feed has no {Path.GetFileName(package)}: {feed}");

        // The consumers need nothing from the user-level sources but the SDK's own packs.
        LocalNuGetConfig.Write(root, "articledata-build-benchmark", feed);
        return new LocalFeed(feed, packages);
    }

    /// <summary>What every dotnet process of the run gets on top of the benchmark's own environment.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
        // Off by default in .NET 10; pinned, since an MSBuild server kept between builds would change what is timed.
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
    };
}
