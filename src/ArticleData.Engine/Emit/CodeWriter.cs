using System.Text;

namespace ArticleData.Engine.Emit;

/// <summary>
/// An indented writer over a pre-sized StringBuilder; lines end in '\n' whatever the platform. Indentation is one tab
/// per level: generated files are large, and four spaces per level were a tenth of their size.
/// </summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public CodeWriter(int capacity) => _builder = new StringBuilder(capacity);

    /// <summary>How many characters of indentation the next line starts with.</summary>
    public int IndentWidth => _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append('\t', _indent).Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>
    /// A line written in parts, straight into the output: <see cref="Begin"/>, any number of <see cref="Append"/> and
    /// <see cref="Literal"/>, then <see cref="End"/>. For lines holding article text, which would otherwise be copied
    /// into a literal, an interpolated string and a concatenation before it reaches the output.
    /// </summary>
    public CodeWriter Begin()
    {
        _builder.Append('\t', _indent);
        return this;
    }

    public CodeWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>A C# string literal of <paramref name="value"/> (see <see cref="Literals.String"/>).</summary>
    public CodeWriter Literal(string value)
    {
        Literals.Append(_builder, value);
        return this;
    }

    public CodeWriter End()
    {
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
