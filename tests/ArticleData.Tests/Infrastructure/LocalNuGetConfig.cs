using System.IO;

namespace ArticleData.Tests.Infrastructure;

/// <summary>
/// A NuGet.config that adds a local feed for every project under a folder (the user-level config still adds its
/// sources): how the package tests and the build benchmark make fresh projects restore the package just packed.
/// </summary>
public static class LocalNuGetConfig
{
    public static void Write(string folder, string key, string feed) =>
        File.WriteAllText(Path.Combine(folder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="{key}" value="{feed}" />
              </packageSources>
            </configuration>
            """);
}
