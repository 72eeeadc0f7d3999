namespace ArticleData
{
    /// <summary>Which part of an article a span lies in.</summary>
    public enum TextPart
    {
        /// <summary>The headline.</summary>
        Title,
        /// <summary>The standfirst (the line under the headline).</summary>
        Standfirst,
        /// <summary>A body paragraph.</summary>
        Body,
    }

    /// <summary>
    /// Where a piece of text stands: in which part and paragraph, at which offset of that paragraph's plain text and
    /// how long (UTF-16 code units), and at which 1-based line and column of the article file.
    /// </summary>
    public sealed class SourceSpan
    {
        /// <summary>Creates a span.</summary>
        public SourceSpan(TextPart part, int paragraph, int offset, int length, int line, int column)
        {
            Part = part;
            Paragraph = paragraph;
            Offset = offset;
            Length = length;
            Line = line;
            Column = column;
        }

        /// <summary>Headline, standfirst or body.</summary>
        public TextPart Part { get; }

        /// <summary>The index of the body paragraph (0 for the headline and the standfirst).</summary>
        public int Paragraph { get; }

        /// <summary>The offset in the paragraph's plain text, in UTF-16 code units.</summary>
        public int Offset { get; }

        /// <summary>The length in UTF-16 code units.</summary>
        public int Length { get; }

        /// <summary>The 1-based line in the article file.</summary>
        public int Line { get; }

        /// <summary>The 1-based column in the article file, in UTF-16 code units.</summary>
        public int Column { get; }

        /// <inheritdoc />
        public override string ToString() => Line + ":" + Column;
    }
}
