using System.Collections.Generic;

namespace ArticleData.Engine.Parsing;

/// <summary>One line of an article file, without its line break; <see cref="Number"/> is 1-based.</summary>
internal readonly record struct SourceLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

/// <summary>Splits text into lines on LF, CRLF or CR alike.</summary>
internal static class SourceLines
{
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        int start = 0, number = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\n' && c != '\r') continue;
            lines.Add(new SourceLine(number++, text.Substring(start, i - start)));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(new SourceLine(number, text.Substring(start)));
        return lines;
    }
}
