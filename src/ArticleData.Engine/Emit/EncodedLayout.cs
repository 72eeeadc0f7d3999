using EncodedSpan = (int Part, int Paragraph, int Offset, int Length, int Line, int Column);

namespace ArticleData.Engine.Emit
{
    /// <summary>
    /// The first section of an article's data, where its blocks are (the headline's and standfirst's starts, each
    /// paragraph's length, source length and start), and the spans that follow, whose lines and columns are written as
    /// differences from their block's start (see ArticleDataEncoder). Compiled into the engine and the runtime, like
    /// <see cref="DataReader"/>: the two decoders read spans with this one code.
    /// </summary>
    internal sealed class EncodedLayout
    {
        /// <summary>The parts as both TextPart enums number them.</summary>
        public const int Title = 0, Standfirst = 1, Body = 2;

        private readonly DataReader _reader;

        private EncodedLayout(DataReader reader) => _reader = reader;

        public int TitleLine { get; private set; }
        public int TitleColumn { get; private set; }
        public int StandfirstLine { get; private set; } = 1;
        public int StandfirstColumn { get; private set; } = 1;
        public int[] ParagraphLengths { get; private set; } = new int[0];
        public int[] ParagraphSourceLengths { get; private set; } = new int[0];
        public int[] ParagraphLines { get; private set; } = new int[0];
        public int[] ParagraphColumns { get; private set; } = new int[0];

        /// <summary>Reads the block layout, which follows the format version.</summary>
        public static EncodedLayout Read(DataReader reader)
        {
            var layout = new EncodedLayout(reader) { TitleLine = reader.Int(), TitleColumn = reader.Int() };
            if (reader.Int() == 1)
            {
                layout.StandfirstLine = reader.Int();
                layout.StandfirstColumn = reader.Int();
            }
            int count = reader.Int();
            layout.ParagraphLengths = new int[count];
            layout.ParagraphSourceLengths = new int[count];
            layout.ParagraphLines = new int[count];
            layout.ParagraphColumns = new int[count];
            int line = layout.TitleLine;
            for (int i = 0; i < count; i++)
            {
                int length = reader.Int();
                layout.ParagraphLengths[i] = length;
                layout.ParagraphSourceLengths[i] = length + reader.Signed();
                line += reader.Signed();
                layout.ParagraphLines[i] = line;
                layout.ParagraphColumns[i] = reader.Int();
            }
            return layout;
        }

        /// <summary>A span written in full: part, paragraph (body only), offset, then the rest. Read as (part, paragraph, offset, length, line, column).</summary>
        public EncodedSpan ReadSpan()
        {
            int part = _reader.Int();
            int paragraph = part == Body ? _reader.Int() : 0;
            return ReadRest(part, paragraph, _reader.Int());
        }

        /// <summary>A span inside <paramref name="outer"/>: 1 + its offset from the outer span's start, or 0 and a span in full.</summary>
        public EncodedSpan ReadSpanWithin(EncodedSpan outer)
        {
            int relative = _reader.Int();
            return relative == 0 ? ReadSpan() : ReadRest(outer.Part, outer.Paragraph, outer.Offset + relative - 1);
        }

        private EncodedSpan ReadRest(int part, int paragraph, int offset)
        {
            int startLine = 1, startColumn = 1;
            if (part == Title) { startLine = TitleLine; startColumn = TitleColumn; }
            else if (part == Standfirst) { startLine = StandfirstLine; startColumn = StandfirstColumn; }
            else if (paragraph >= 0 && paragraph < ParagraphLines.Length) { startLine = ParagraphLines[paragraph]; startColumn = ParagraphColumns[paragraph]; }
            int length = _reader.Int();
            int line = startLine + _reader.Signed();
            // On the block's first line the column is predicted from the offset; on a later line it is written as it is.
            int column = line == startLine ? startColumn + offset + _reader.Signed() : _reader.Int();
            return (part, paragraph, offset, length, line, column);
        }
    }
}
