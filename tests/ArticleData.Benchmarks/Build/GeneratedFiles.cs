using System;
using System.IO;
using System.Linq;
using System.Text;

namespace ArticleData.Benchmarks.Build;

/// <summary>
/// What the generator wrote, read from the folder a build with EmitCompilerGeneratedFiles=true and
/// CompilerGeneratedFilesOutputPath=&lt;folder&gt; leaves: &lt;folder&gt;/&lt;generator assembly&gt;/&lt;generator type&gt;/*.cs.
/// </summary>
public static class GeneratedFiles
{
    public const string GeneratorAssembly = "ArticleData.Generator";

    /// <summary>UTF-8 bytes and number of the files ArticleData's generator wrote (no other generator's); throws if none.</summary>
    public static (long Bytes, int Files) Measure(string outputFolder)
    {
        string folder = Path.Combine(outputFolder, GeneratorAssembly);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories) : Array.Empty<string>();
        if (files.Length == 0) throw new InvalidOperationException($"The build wrote no generated files under {folder}.");
        // The text's bytes, not the file's: csc may write a byte order mark.
        return (files.Sum(f => (long)Encoding.UTF8.GetByteCount(File.ReadAllText(f))), files.Length);
    }
}
