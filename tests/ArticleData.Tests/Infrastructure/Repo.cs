using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ArticleData.Tests.Infrastructure;

/// <summary>Paths in the repository the tests were built from.</summary>
public static class Repo
{
    public static string Root { get; } = typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Path(params string[] parts) => System.IO.Path.Combine(new[] { Root }.Concat(parts).ToArray());

    public const string SeedFile = "seeds/putin-seeks-energy-deals-in-beijing.txt";

    public static string SeedText => File.ReadAllText(Path(SeedFile));

    /// <summary>../shared beside the repository, where the shared corpora live (absent on some machines).</summary>
    public static string? Shared
    {
        get
        {
            string candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }
}
