namespace ArticleData.Engine.Extraction.Text;

/// <summary>
/// A run of a block's tokens, such as a sentence, indexed from 0: how the claim rules read the one token stream.
/// </summary>
internal readonly struct TokenRange
{
    private readonly TokenText _block;
    private readonly int _first;

    public TokenRange(TokenText block, int first, int count)
    {
        _block = block;
        _first = first;
        Count = count;
    }

    public int Count { get; }

    public TokenView this[int index] => new(_block, _first + index);

    /// <summary>The block's text from the start of token <paramref name="from"/> to the end of token <paramref name="to"/> - 1.</summary>
    public string Span(int from, int to) => _block.Span(_first + from, _first + to);

    public Enumerator GetEnumerator() => new(this);

    public struct Enumerator
    {
        private readonly TokenRange _range;
        private int _index;

        public Enumerator(TokenRange range)
        {
            _range = range;
            _index = -1;
        }

        public TokenView Current => _range[_index];

        public bool MoveNext() => ++_index < _range.Count;
    }
}

/// <summary>A token of a <see cref="TokenRange"/> with what the claim rules ask of it: its text, cues, whether it is quoted.</summary>
internal readonly struct TokenView
{
    private readonly TokenText _block;
    private readonly int _index;
    private readonly Token _token;

    public TokenView(TokenText block, int index)
    {
        _block = block;
        _index = index;
        _token = block[index];
        Text = block.Word(index);
    }

    public TokenKind Kind => _token.Kind;
    public int Start => _token.Start;
    public int End => _token.End;
    public string Text { get; }
    public bool Quoted => _block.IsQuoted(_index);
    public WordCue Cues => _block.Cues(_index);

    public bool IsWord => _token.IsWord;
    /// <summary>A word whose first letter is upper case (the tokenizer's own flag also leaves out "T-shirt").</summary>
    public bool IsCapitalized => _token.IsWord && char.IsUpper(_block.Text[_token.Start]);
    /// <summary>Followed by a possessive 's or ', which is a token of its own.</summary>
    public bool IsPossessive => _token.IsPossessive;

    /// <summary>The 's or ' of a possessive: punctuation that belongs to the name before it.</summary>
    public bool IsPossessiveMark =>
        _token.Kind == TokenKind.Punctuation && _index > 0 && _block[_index - 1].IsPossessive && Tokenizer.IsApostrophe(_block.Text[_token.Start]);

    /// <summary>
    /// "200" of "1,200", "4bn" of "3.4bn": digits right after a comma or point that stands right after digits. The
    /// tokenizer cuts a number at its separators; the claim rules read the pieces as one number.
    /// </summary>
    public bool ContinuesNumber
    {
        get
        {
            if (_token.Kind != TokenKind.Number || _index < 2) return false;
            var separator = _block[_index - 1];
            var digits = _block[_index - 2];
            char mark = _block.Text[separator.Start];
            return separator.Kind == TokenKind.Punctuation && (mark == ',' || mark == '.') && separator.End == _token.Start
                && digits.Kind == TokenKind.Number && digits.End == separator.Start && char.IsDigit(_block.Text[digits.End - 1]);
        }
    }

    /// <summary>
    /// A full stop or @ with a word right before and after it and no space: it joins a web or mail name ("Examplia.net",
    /// "desk@examplia.net") that the tokenizer cut at its dots.
    /// </summary>
    public bool IsWordJoiner =>
        _token.Kind == TokenKind.Punctuation && (_block.Text[_token.Start] == '.' || _block.Text[_token.Start] == '@')
        && _index > 0 && _index + 1 < _block.Count && _block[_index - 1].IsWord && _block[_index - 1].End == _token.Start
        && _block[_index + 1].IsWord && _block[_index + 1].Start == _token.End;

    /// <summary>The word without a closing full stop: "Mr." → "Mr", "Jan." → "Jan" (the tokenizer keeps an abbreviation's stop).</summary>
    public string Undotted
    {
        get
        {
            string text = Text;
            return text.Length > 1 && text[text.Length - 1] == '.' ? text.Substring(0, text.Length - 1) : text;
        }
    }

    public bool Is(string text) => _token.Length == text.Length && string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);
    public bool IsPunctuation(char c) => _token.Kind == TokenKind.Punctuation && _block.Text[_token.Start] == c;

    public override string ToString() => Text;
}
