using System.Text;

namespace ArticleData.Engine.Project;

/// <summary>
/// An article file's bytes as text, decoded the way the C# compiler decodes an AdditionalFile, so that the command
/// line reads what the build reads: a UTF-8 or UTF-16 byte-order mark decides; otherwise strict UTF-8, and bytes
/// that are not valid UTF-8 as Latin-1 (the compiler's single-byte fallback is code page 1252 where the platform has
/// it; the two agree on every byte outside 0x80–0x9F).
/// </summary>
public static class FileText
{
    private static readonly Encoding Latin1 = Encoding.GetEncoding(28591);

    public static string Decode(byte[] bytes)
    {
        // A UTF-32 mark reads as UTF-16 LE plus a NUL, as in the compiler's own check (UTF-8 and UTF-16 marks only).
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Latin1.GetString(bytes);
        }
    }
}
