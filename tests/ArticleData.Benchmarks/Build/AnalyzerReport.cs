using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleData.Benchmarks.Build;

/// <summary>
/// Reads one generator's time from what csc prints with -p:ReportAnalyzer=true (shown by MSBuild at -v:detailed):
/// an analyzer table, then "Total generator execution time: … seconds." and a generator table with a line per
/// generator assembly (its total) and one per generator in it:
/// <code>
///    Time (s)    %   Generator
///       0.242   34   ArticleData.Generator, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
///       0.242   34      ArticleData.Generator.ArticleGenerator
/// </code>
/// Only the assembly's line is read, and only after the generator table starts, so the analyzer table (where an
/// assembly with analyzers would also be listed) is never read by mistake.
/// </summary>
public static class AnalyzerReport
{
    private const string GeneratorSectionStart = "Total generator execution time:";

    /// <summary>The time csc reported for <paramref name="generatorAssembly"/>, as printed ("0.242", or "&lt;0.001"); null if absent.</summary>
    public static string? GeneratorTime(string buildOutput, string generatorAssembly)
    {
        int section = buildOutput.IndexOf(GeneratorSectionStart, StringComparison.Ordinal);
        if (section < 0) return null;
        var line = new Regex(@"^\s*(?:\d+>)?\s*(<?\d+(?:\.\d+)?)\s+<?\d+\s+" + Regex.Escape(generatorAssembly) + ",",
            RegexOptions.Multiline | RegexOptions.CultureInvariant);
        var match = line.Match(buildOutput, section);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Seconds from a printed time; "&lt;0.001" reads as its bound, 0.001.</summary>
    public static double Seconds(string printed) => double.Parse(printed.TrimStart('<'), NumberStyles.Float, CultureInfo.InvariantCulture);
}
