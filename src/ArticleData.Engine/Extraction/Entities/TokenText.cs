using System.Collections.Generic;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>A block's text with its tokens; hands out each token's text once, cached, and spans of tokens.</summary>
internal sealed class TokenText
{
    private readonly List<Token> _tokens = new();
    private string?[] _words = System.Array.Empty<string?>();

    public string Text { get; private set; } = "";

    public int Count => _tokens.Count;

    public Token this[int index] => _tokens[index];

    /// <summary>Tokenises <paramref name="text"/>, replacing what this held.</summary>
    public TokenText Reset(string text)
    {
        Text = text;
        if (_tokens.Capacity < text.Length / 4 + 8) _tokens.Capacity = text.Length / 4 + 8; // about one token per five characters: grown once
        Tokenizer.Tokenize(text, _tokens);
        if (_words.Length < _tokens.Count) _words = new string?[_tokens.Count];
        else System.Array.Clear(_words, 0, _tokens.Count);
        return this;
    }

    /// <summary>The token's text; empty past the end, so look-ahead needs no bounds checks.</summary>
    public string Word(int index)
    {
        if (index < 0 || index >= _tokens.Count) return "";
        return _words[index] ??= Text.Substring(_tokens[index].Start, _tokens[index].Length);
    }

    /// <summary>The text from the start of token <paramref name="from"/> to the end of token <paramref name="to"/> - 1.</summary>
    public string Span(int from, int to) =>
        to - from == 1 ? Word(from) : Text.Substring(_tokens[from].Start, _tokens[to - 1].End - _tokens[from].Start);
}
