namespace ArticleData.Generator.Model;

public enum DiagnosticSeverityKind
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// A problem found in an article or option, located by 1-based line and column in its file (0 when it concerns the
/// project, not a file). Plain data: the generator turns it into a Roslyn diagnostic only when it reports it.
/// </summary>
public sealed record ArticleDiagnostic(string Id, DiagnosticSeverityKind Severity, string Message, string Path, int Line, int Column, int Length);
