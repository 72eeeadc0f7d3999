using System.Globalization;
using System.Text;

namespace ArticleData.Engine.Emit;

/// <summary>
/// Writes article text into generated code as data, never as code: C# string literals with every character that
/// could end the literal, break the line or hide itself (control, format, bidi, surrogate) escaped; XML doc text with
/// markup escaped and invisible characters dropped.
/// </summary>
public static class Literals
{
    public static string String(string? value)
    {
        if (value is null) return "null";
        var builder = new StringBuilder(value.Length + 2);
        Append(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="value"/> as a C# string literal; runs that need no escape are copied whole.</summary>
    public static void Append(StringBuilder builder, string value)
    {
        builder.Append('"');
        int run = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            // printable ASCII other than the quote and the backslash: the common case, kept in the run
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') continue;
            if (c >= 0xA0 && !NeedsEscape(c)) continue;
            builder.Append(value, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default: builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }
        builder.Append(value, run, value.Length - run);
        builder.Append('"');
    }

    private static bool NeedsEscape(char c)
    {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
        if (char.IsSurrogate(c)) return true; // a lone surrogate cannot be written as UTF-8; escaping pairs too keeps it simple
        var category = char.GetUnicodeCategory(c);
        return category == UnicodeCategory.Format || category == UnicodeCategory.LineSeparator
            || category == UnicodeCategory.ParagraphSeparator || category == UnicodeCategory.OtherNotAssigned
            || category == UnicodeCategory.PrivateUse;
    }

    /// <summary>Text for an XML doc comment: one line, markup escaped, invisible and control characters dropped, shortened.</summary>
    public static string Xml(string? value, int maxLength = 400)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var builder = new StringBuilder(System.Math.Min(value!.Length, maxLength) + 16);
        bool lastWasSpace = false;
        for (int i = 0; i < value.Length && builder.Length < maxLength; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                lastWasSpace = false;
                continue;
            }
            if (char.IsWhiteSpace(c) || c < 0x20)
            {
                if (!lastWasSpace && builder.Length > 0) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            if (NeedsEscape(c)) continue;
            lastWasSpace = false;
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default: builder.Append(c); break;
            }
        }
        string text = builder.ToString().TrimEnd();
        return text.Length < value.Length && builder.Length >= maxLength ? text + "…" : text;
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Double(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
