using System.Text;

namespace ArticleData.Engine.JsonLd;

// Compiled into the runtime assembly too (see JsonLdArticle.cs).

/// <summary>
/// JSON string literals that are also safe inside an HTML <c>&lt;script&gt;</c> element: besides what JSON requires,
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are written as \u escapes, so no "&lt;/script&gt;" or "&lt;!--" can end or
/// bend the element, and U+2028/U+2029 are escaped since older JavaScript parsers take them for line ends.
/// A lone surrogate (not a character, so not in any article read from a file) is written as U+FFFD.
/// </summary>
internal static class JsonText
{
    private const string Hex = "0123456789abcdef";

    public static void String(StringBuilder json, string value)
    {
        json.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case '<':
                case '>':
                case '&':
                case '\u2028':
                case '\u2029':
                    Escape(json, c);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        json.Append(c).Append(value[++i]);
                    }
                    // A lone surrogate is no character: it becomes U+FFFD, as a UTF-8 decoder would make it. Escaped as
                    // \udXXX it would be valid JSON that System.Text.Json, among others, refuses to read as a string.
                    else if (char.IsSurrogate(c)) json.Append('\uFFFD');
                    // Control characters must be escaped in JSON.
                    else if (c < ' ') Escape(json, c);
                    else json.Append(c);
                    break;
            }
        }
        json.Append('"');
    }

    private static void Escape(StringBuilder json, char c) =>
        json.Append("\\u").Append(Hex[c >> 12]).Append(Hex[(c >> 8) & 0xF]).Append(Hex[(c >> 4) & 0xF]).Append(Hex[c & 0xF]);
}
