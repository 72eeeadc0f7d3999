using System;

namespace ArticleData.Engine.Extraction.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 1,
    /// <summary>Two or more letters, none lower-case ("WHO", "LONDON", "U.S.").</summary>
    AllCaps = 2,
    /// <summary>First word of a sentence, block or quotation.</summary>
    SentenceStart = 4,
    /// <summary>Followed by a possessive 's or ' (straight or curly), which is not part of the token.</summary>
    Possessive = 8,
}

/// <summary>A word, number or punctuation mark of a block's text: where it is and what it looks like.</summary>
internal readonly struct Token
{
    public Token(int start, int length, TokenKind kind, TokenFlags flags)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Flags = flags;
    }

    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;
    public TokenKind Kind { get; }
    public TokenFlags Flags { get; }

    public bool IsWord => Kind == TokenKind.Word;
    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;
    public bool IsAllCaps => (Flags & TokenFlags.AllCaps) != 0;
    public bool IsSentenceStart => (Flags & TokenFlags.SentenceStart) != 0;
    public bool IsPossessive => (Flags & TokenFlags.Possessive) != 0;

    public Token With(TokenFlags flags) => new(Start, Length, Kind, Flags | flags);
}
