using System.Text;

namespace ArticleData.Generator.Emit;

/// <summary>An indented writer over a pre-sized StringBuilder; lines end in '\n' whatever the platform.</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public CodeWriter(int capacity) => _builder = new StringBuilder(capacity);

    /// <summary>How many spaces the next line starts with.</summary>
    public int IndentWidth => _indent * 4;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
