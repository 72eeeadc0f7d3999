namespace ArticleData.Engine.Model;

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
public sealed record ArticleDiagnostic(string Id, string Message, string Path, int Line, int Column, int Length)
{
    /// <summary>The id's severity (<see cref="DiagnosticIds.Severity"/>): one per id, never chosen where it is reported.</summary>
    public DiagnosticSeverityKind Severity => DiagnosticIds.Severity(Id);

    /// <summary>ART013: the engine failed on this file, so the article is not generated.</summary>
    public static ArticleDiagnostic InternalError(string path, System.Exception e) =>
        new(DiagnosticIds.InternalError,
            $"ArticleData failed on this article ({e.GetType().Name}: {e.Message}). The rest of the build goes on; please report this with the article attached.",
            path, 1, 1, 0);

    /// <summary>ART015: one extractor failed on this article; its text and the other extractor's output are kept.</summary>
    public static ArticleDiagnostic ExtractionFailed(string path, string what, System.Exception e) =>
        new(DiagnosticIds.ExtractionFailed,
            $"ArticleData could not extract {what} ({e.GetType().Name}: {e.Message}); the article is generated without them. Please report this with the article attached.",
            path, 1, 1, 0);
}
