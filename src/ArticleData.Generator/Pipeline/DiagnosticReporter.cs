using System.Collections.Generic;
using ArticleData.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleData.Generator.Pipeline;

/// <summary>Turns the engine's plain diagnostics into Roslyn diagnostics, located in the article file, only when reporting.</summary>
internal static class DiagnosticReporter
{
    private static readonly Dictionary<(string, DiagnosticSeverity), DiagnosticDescriptor> Descriptors = new();

    public static void Report(SourceProductionContext context, IEnumerable<ArticleDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics) context.ReportDiagnostic(Create(d));
    }

    public static Diagnostic Create(ArticleDiagnostic d)
    {
        var severity = d.Severity switch
        {
            DiagnosticSeverityKind.Error => DiagnosticSeverity.Error,
            DiagnosticSeverityKind.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
        DiagnosticDescriptor descriptor;
        lock (Descriptors)
        {
            if (!Descriptors.TryGetValue((d.Id, severity), out descriptor!))
            {
                descriptor = new DiagnosticDescriptor(d.Id, DiagnosticIds.Title(d.Id), "{0}", "ArticleData", severity, isEnabledByDefault: true,
                    helpLinkUri: "https://example.invalid/articledata#diagnostics");
                Descriptors.Add((d.Id, severity), descriptor);
            }
        }
        return Diagnostic.Create(descriptor, Locate(d), d.Message);
    }

    private static Location Locate(ArticleDiagnostic d)
    {
        if (string.IsNullOrEmpty(d.Path) || d.Line <= 0) return Location.None;
        var start = new LinePosition(d.Line - 1, System.Math.Max(d.Column - 1, 0));
        var end = new LinePosition(d.Line - 1, start.Character + System.Math.Max(d.Length, 0));
        return Location.Create(d.Path, new TextSpan(0, 0), new LinePositionSpan(start, end));
    }
}
