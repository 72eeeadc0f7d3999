using System;
using System.IO;
using ArticleData.Engine.Project;

namespace ArticleData.Cli;

/// <summary>Reads article and glossary files from disk the way the compiler hands them to the generator.</summary>
internal static class ArticleFiles
{
    /// <summary>The file's text, or null where it cannot be read (the engine reports ART012, as the build does).</summary>
    public static string? Read(InputFile file)
    {
        try
        {
            return FileText.Decode(File.ReadAllBytes(file.FilePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
