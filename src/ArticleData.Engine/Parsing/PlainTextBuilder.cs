using System.Collections.Generic;
using System.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Parsing;

/// <summary>
/// Builds a block's plain text one character at a time, each with its position in the file, and records an anchor
/// wherever the position jumps (a new line, skipped markup), so any offset of the text can be located again.
/// </summary>
internal sealed class PlainTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<SourceAnchor> _anchors = new();
    private int _nextLine = -1, _nextColumn = -1;

    public int Length => _text.Length;

    public void Append(char c, int line, int column)
    {
        if (line != _nextLine || column != _nextColumn)
        {
            _anchors.Add(new SourceAnchor(_text.Length, line, column));
        }
        _text.Append(c);
        _nextLine = line;
        _nextColumn = column + 1;
    }

    /// <summary>
    /// Joins two source lines with one space, unless the text already ends in whitespace. The space stands for the line
    /// break, so it is located there (<paramref name="line"/>, <paramref name="column"/>), not after the last character
    /// kept: when a line ends in stripped markup ("**bold**"), that would be a position inside the markup.
    /// </summary>
    public void AppendLineJoin(int line, int column)
    {
        if (_text.Length == 0 || char.IsWhiteSpace(_text[_text.Length - 1])) return;
        Append(' ', line, column);
    }

    /// <summary>The trimmed text, with anchors shifted to match.</summary>
    public (string Text, EquatableArray<SourceAnchor> Anchors) Build()
    {
        int start = 0, end = _text.Length;
        while (start < end && char.IsWhiteSpace(_text[start])) start++;
        while (end > start && char.IsWhiteSpace(_text[end - 1])) end--;
        var anchors = new List<SourceAnchor>();
        for (int i = 0; i < _anchors.Count; i++)
        {
            var a = _anchors[i];
            int nextOffset = i + 1 < _anchors.Count ? _anchors[i + 1].Offset : _text.Length;
            if (nextOffset <= start || a.Offset >= end) continue;
            int shift = a.Offset < start ? start - a.Offset : 0;
            anchors.Add(new SourceAnchor(a.Offset + shift - start, a.Line, a.Column + shift));
        }
        return (_text.ToString(start, end - start), anchors.ToEquatableArray());
    }
}
