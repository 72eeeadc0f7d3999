using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace ArticleData.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's conventions (Verify itself is not available here). The expected text lives in
/// <c>{TestFile}.{TestMethod}[#{part}].verified.{ext}</c> beside the test's source file. On a mismatch, or when the
/// verified file is missing, the actual text is written to the matching <c>*.received.*</c> file (git-ignored) and the
/// test fails with a unified-style diff. Run with the environment variable <c>ARTICLEDATA_ACCEPT=1</c> to accept:
/// the received text overwrites the verified file and the received file is deleted.
/// <code>ARTICLEDATA_ACCEPT=1 dotnet test tests/ArticleData.Tests --filter Snapshot</code>
/// Line endings are compared as '\n', so a checkout with CRLF does not fail.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "ARTICLEDATA_ACCEPT";

    public static bool AcceptMode => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>Checks <paramref name="actual"/> against the test's verified file (one per test, or one per <paramref name="part"/>).</summary>
    public static void Verify(string actual, string? part = null, string extension = "cs",
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        string failure = Check(VerifiedPath(sourceFile, testName, part, extension), actual, AcceptMode);
        if (failure.Length > 0) Assert.Fail(failure);
    }

    /// <summary>Checks every generated source of a run, one verified file per hint name, plus the generator's diagnostics if any.</summary>
    public static void VerifyRun(GeneratorResult result, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        var expected = new List<string>();
        var failures = new StringBuilder();
        void CheckPart(string part, string text, string extension)
        {
            string path = VerifiedPath(sourceFile, testName, part, extension);
            expected.Add(path);
            string failure = Check(path, text, AcceptMode);
            if (failure.Length > 0) failures.Append(failure).Append("\n\n");
        }

        foreach (var (hintName, text) in result.Sources) CheckPart(hintName.Substring(0, hintName.Length - ".cs".Length), ScrubProjectDirectory(text), "cs");
        if (result.GeneratorDiagnostics.Length > 0) CheckPart("diagnostics", Diagnostics(result), "txt");

        // A verified file the run no longer produces is stale: in accept mode it goes, otherwise it fails the test.
        string prefix = Path.GetFileNameWithoutExtension(sourceFile) + "." + testName + "#";
        foreach (var stale in Directory.EnumerateFiles(Path.GetDirectoryName(SourcePath(sourceFile))!, prefix + "*.verified.*")
                     .Where(f => !expected.Contains(f, StringComparer.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (AcceptMode) File.Delete(stale);
            else failures.Append($"{Path.GetFileName(stale)} is verified but the run no longer produces it; delete it or accept with {AcceptVariable}=1.\n\n");
        }
        if (failures.Length > 0) Assert.Fail(failures.ToString().TrimEnd());
    }

    public const string ProjectDirectoryPlaceholder = "{ProjectDirectory}";

    /// <summary>
    /// The article paths of #line directives are absolute (the compiler's path of the file): in a snapshot the harness's
    /// project directory becomes <see cref="ProjectDirectoryPlaceholder"/>, so the verified text does not depend on
    /// where the harness places the project. Only directive lines change; article text is left as it is.
    /// </summary>
    public static string ScrubProjectDirectory(string text, string projectDirectory = GeneratorHarness.ProjectDirectory)
    {
        string quoted = "\"" + projectDirectory.TrimEnd('/', '\\');
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("#line", StringComparison.Ordinal)) lines[i] = lines[i].Replace(quoted, "\"" + ProjectDirectoryPlaceholder, StringComparison.Ordinal);
        }
        return string.Join("\n", lines);
    }

    /// <summary>
    /// The generator's diagnostics, one per line, in a stable order: id, severity, file(line,col): message. The severity is
    /// the descriptor's, the one ArticleData reports (one per id, release tracking holds it so); the harness compiles with
    /// warnings as errors, which would show every one as an error.
    /// </summary>
    public static string Diagnostics(GeneratorResult result)
    {
        var lines = result.GeneratorDiagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            string where = d.Location == Microsoft.CodeAnalysis.Location.None
                ? "(project)"
                : $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
            return $"{d.Id} {d.Descriptor.DefaultSeverity} {where}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        });
        return string.Join("\n", lines.OrderBy(l => l, StringComparer.Ordinal)) + "\n";
    }

    public static string VerifiedPath(string sourceFile, string testName, string? part, string extension)
    {
        sourceFile = SourcePath(sourceFile);
        string name = Path.GetFileNameWithoutExtension(sourceFile) + "." + testName + (part is null ? "" : "#" + part);
        return Path.Combine(Path.GetDirectoryName(sourceFile)!, name + ".verified." + extension);
    }

    /// <summary>A [CallerFilePath] as a real path: a CI build with ContinuousIntegrationBuild maps the repository root to "/_/".</summary>
    private static string SourcePath(string callerFilePath) =>
        callerFilePath.StartsWith("/_/", StringComparison.Ordinal) && !File.Exists(callerFilePath)
            ? Path.Combine(Repo.Root, callerFilePath.Substring(3))
            : callerFilePath;

    public static string ReceivedPath(string verifiedPath) => verifiedPath.Replace(".verified.", ".received.");

    /// <summary>Compares, writes or deletes the received file as the conventions say; returns "" on success, else the failure text.</summary>
    public static string Check(string verifiedPath, string actual, bool accept)
    {
        string receivedPath = ReceivedPath(verifiedPath);
        actual = Normalize(actual);
        if (accept)
        {
            File.WriteAllText(verifiedPath, actual, Utf8);
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return "";
        }
        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, actual, Utf8);
            return $"No verified snapshot {Path.GetFileName(verifiedPath)}; the output was written to {Path.GetFileName(receivedPath)}. "
                + $"Review it and accept with {AcceptVariable}=1.";
        }
        string expected = Normalize(File.ReadAllText(verifiedPath));
        if (expected == actual)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return "";
        }
        File.WriteAllText(receivedPath, actual, Utf8);
        return $"Snapshot {Path.GetFileName(verifiedPath)} differs; the output was written to {Path.GetFileName(receivedPath)}. "
            + $"If the change is intended, accept with {AcceptVariable}=1.\n" + Diff(expected, actual);
    }

    /// <summary>
    /// A unified-style diff of the changed region: the lines between the common head and the common tail, with three lines
    /// of context, '-' for verified and '+' for received, cut short after <paramref name="maxLines"/> lines.
    /// </summary>
    public static string Diff(string expected, string actual, int maxLines = 60)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        int head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head]) head++;
        int tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail]) tail++;

        const int context = 3;
        int from = Math.Max(0, head - context);
        int aEnd = a.Length - tail, bEnd = b.Length - tail;
        int aTo = Math.Min(a.Length, aEnd + context), bTo = Math.Min(b.Length, bEnd + context);

        var lines = new List<string> { "--- verified", "+++ received", $"@@ -{from + 1},{aTo - from} +{from + 1},{bTo - from} @@" };
        for (int i = from; i < head; i++) lines.Add(" " + a[i]);
        for (int i = head; i < aEnd; i++) lines.Add("-" + a[i]);
        for (int i = head; i < bEnd; i++) lines.Add("+" + b[i]);
        for (int i = aEnd; i < aTo; i++) lines.Add(" " + a[i]);
        if (lines.Count > maxLines) lines = lines.Take(maxLines).Append($"… ({lines.Count - maxLines} more diff lines)").ToList();
        return string.Join("\n", lines);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}
