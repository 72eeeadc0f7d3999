using System;
using System.IO;
using System.Text;
using ArticleData.Generator.Extraction;
using ArticleData.Generator.Model;
using ArticleData.Generator.Parsing;

namespace ArticleData.Cli;

/// <summary>Reads article files from disk the way the compiler hands them to the generator, then parses and extracts them.</summary>
internal static class ArticleFiles
{
    public static ArticleModel Load(string path, Glossary glossary, ExtractionOptions options)
    {
        string text;
        try
        {
            text = Decode(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var problem = new ArticleDiagnostic(DiagnosticIds.UnreadableFile, DiagnosticSeverityKind.Error,
                $"The article file could not be read: {e.Message}", path, 1, 1, 0);
            return ArticleExtractor.Extract(ArticleParser.Failed(path, problem), glossary, options);
        }
        return ArticleExtractor.Extract(ArticleParser.Parse(path, text), glossary, options);
    }

    public static Glossary LoadGlossary(string path, Action<ArticleDiagnostic> report)
    {
        var (entries, diagnostics) = GlossaryParser.ParseFile(path, Decode(File.ReadAllBytes(path)));
        foreach (var d in diagnostics) report(d);
        return new Glossary(entries);
    }

    /// <summary>As the compiler decodes source files: a byte-order mark decides, else UTF-8, else Latin-1.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
