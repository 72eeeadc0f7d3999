using System.Text;
using Microsoft.CodeAnalysis;

namespace ArticleData.Benchmarks.Floor;

/// <summary>
/// The floor a generator over article files cannot beat: read each AdditionalFile and emit its text as one const
/// string, incrementally, nothing else. ArticleData's full run is measured against it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider.Select((file, ct) => (Name: Name(file.Path), Text: file.GetText(ct)?.ToString() ?? ""));
        context.RegisterSourceOutput(files, static (spc, file) =>
            spc.AddSource(file.Name + ".g.cs",
                "namespace Floor { internal static class " + file.Name + " { public const string Text = @\"" + file.Text.Replace("\"", "\"\"") + "\"; } }"));
    }

    /// <summary>The file name as an identifier: letters and digits kept, anything else an underscore.</summary>
    private static string Name(string path)
    {
        var name = new StringBuilder("F_");
        int start = path.LastIndexOf('/') + 1;
        int end = path.LastIndexOf('.');
        if (end <= start) end = path.Length;
        for (int i = start; i < end; i++) name.Append(char.IsLetterOrDigit(path[i]) ? path[i] : '_');
        return name.ToString();
    }
}
