namespace ArticleData
{
    /// <summary>A body paragraph: its plain text (what extraction read) and its source form (Markdown for .md articles).</summary>
    public sealed class Paragraph
    {
        private readonly int _offset, _length, _sourceOffset, _sourceLength;
        private Article? _article;

        /// <summary>Creates a paragraph from its place in the article's <see cref="ArticleData.Article.Body"/> and <see cref="ArticleData.Article.SourceBody"/>.</summary>
        public Paragraph(int index, int offset, int length, int sourceOffset, int sourceLength, int line, int column)
        {
            Index = index;
            _offset = offset;
            _length = length;
            _sourceOffset = sourceOffset;
            _sourceLength = sourceLength;
            Line = line;
            Column = column;
        }

        /// <summary>Where the paragraph's plain text starts in <see cref="ArticleData.Article.Body"/>.</summary>
        internal int Offset => _offset;

        /// <summary>The paragraph's 0-based index in the body.</summary>
        public int Index { get; }

        /// <summary>The 1-based line of the article file where the paragraph starts.</summary>
        public int Line { get; }

        /// <summary>The 1-based column of the article file where the paragraph starts.</summary>
        public int Column { get; }

        /// <summary>The article the paragraph belongs to.</summary>
        public Article Article => _article!;

        /// <summary>The plain text (inline Markdown stripped).</summary>
        public string Text => Article.Body.Substring(_offset, _length);

        /// <summary>The text as written in the file (Markdown for .md articles).</summary>
        public string Source => Article.SourceBody.Substring(_sourceOffset, _sourceLength);

        internal void Attach(Article article) => _article = article;

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
