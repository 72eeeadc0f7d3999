using System;
using System.IO;
using System.Text;
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
            return Decode(File.ReadAllBytes(file.FilePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
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
