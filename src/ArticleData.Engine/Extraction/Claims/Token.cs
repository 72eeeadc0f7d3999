namespace ArticleData.Engine.Extraction.Claims;

internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A word, number or punctuation mark of a block's text: where it starts and ends (exclusive), and whether it stands inside quotation marks.</summary>
internal readonly struct Token
{
    public Token(TokenKind kind, int start, int end, string text, bool quoted, WordCue cues = WordCue.None)
    {
        Cues = cues;
        Kind = kind;
        Start = start;
        End = end;
        Text = text;
        Quoted = quoted;
    }

    public TokenKind Kind { get; }
    public int Start { get; }
    public int End { get; }
    public string Text { get; }
    public bool Quoted { get; }
    /// <summary>What the word may signal (<see cref="WordCues"/>), found when it was tokenised.</summary>
    public WordCue Cues { get; }

    public bool IsWord => Kind == TokenKind.Word;
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);
    public bool Is(string text) => string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);
    public bool IsPunctuation(char c) => Kind == TokenKind.Punctuation && Text[0] == c;

    public override string ToString() => Text;
}
