using System.Collections.Generic;
using ArticleData.Engine.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleData.Generator;

/// <summary>Turns the engine's plain diagnostics into Roslyn diagnostics, located in the article file, only when reporting.</summary>
internal static class DiagnosticReporter
{
    public static void Report(SourceProductionContext context, IEnumerable<ArticleDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics) context.ReportDiagnostic(Create(d));
    }

    public static Diagnostic Create(ArticleDiagnostic d)
    {
        // One severity per id (release tracking holds each id to one); the engine's severity is the same by construction, and a test checks.
        return Diagnostic.Create(Descriptors.ById[d.Id], Locate(d), d.Message);
    }

    private static Location Locate(ArticleDiagnostic d)
    {
        if (string.IsNullOrEmpty(d.Path) || d.Line <= 0) return Location.None;
        var start = new LinePosition(d.Line - 1, System.Math.Max(d.Column - 1, 0));
        var end = new LinePosition(d.Line - 1, start.Character + System.Math.Max(d.Length, 0));
        return Location.Create(d.Path, new TextSpan(0, 0), new LinePositionSpan(start, end));
    }
}
