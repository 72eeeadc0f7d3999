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

    /// <summary>Set (to anything but "0") where ../shared must be present: CI (.ci/run). A test that needs it then fails without it.</summary>
    public const string RequireSharedVariable = "ARTICLEDATA_REQUIRE_SHARED";

    /// <summary>Where the shared folder is, if not ../shared beside the repository (to try the tests against another copy, or none).</summary>
    public const string SharedVariable = "ARTICLEDATA_SHARED";

    public static bool SharedRequired => Environment.GetEnvironmentVariable(RequireSharedVariable) is { Length: > 0 } value && value != "0";

    /// <summary>../shared beside the repository (or <see cref="SharedVariable"/>), where the shared corpora live (absent on some machines).</summary>
    public static string? Shared
    {
        get
        {
            string? chosen = Environment.GetEnvironmentVariable(SharedVariable);
            string candidate = System.IO.Path.GetFullPath(string.IsNullOrEmpty(chosen) ? System.IO.Path.Combine(Root, "..", "shared") : chosen);
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>
    /// A folder under the shared folder that a test reads. Where it is missing: null on a developer's machine without
    /// ../shared (the test then returns: there is nothing to measure), but an exception, so a failed test, where
    /// <see cref="RequireSharedVariable"/> is set. Every test that reads ../shared goes through here.
    /// </summary>
    public static string? SharedFolder(params string[] parts) => SharedFolder(Shared, SharedRequired, parts);

    /// <summary><see cref="SharedFolder(string[])"/> with the shared folder and the requirement given (so a test can try both).</summary>
    public static string? SharedFolder(string? shared, bool required, params string[] parts)
    {
        string? folder = shared is null ? null : System.IO.Path.Combine(new[] { shared }.Concat(parts).ToArray());
        if (folder is not null && Directory.Exists(folder)) return folder;
        if (required)
        {
            throw new DirectoryNotFoundException(
                $"{(folder ?? "../shared")} is missing, and {RequireSharedVariable} says it must be there (CI): tests that read it fail instead of passing quietly");
        }
        return null;
    }
}
