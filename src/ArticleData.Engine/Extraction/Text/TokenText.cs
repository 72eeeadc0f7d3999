using System.Collections.Generic;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Text;

/// <summary>
/// A block's text tokenised once, for both extractors: its tokens, each token's text handed out once and cached, what
/// each word may signal (<see cref="WordCues"/>), where quotations stand (<see cref="QuoteMap"/>) and its sentences.
/// The quote map, the cues and the sentences are found when first asked for: the name rules and tagger need none of them.
/// </summary>
internal sealed class TokenText
{
    private readonly List<Token> _tokens = new();
    private string?[] _words = System.Array.Empty<string?>();
    private WordCue[] _cues = System.Array.Empty<WordCue>();
    private bool[] _quoted = System.Array.Empty<bool>();
    private bool _annotated;
    private QuoteMap? _quotes;

    public string Text { get; private set; } = "";

    /// <summary>Each block of the article (headline, standfirst, paragraphs, in order) tokenised.</summary>
    public static List<TokenText> Of(ArticleDocument document)
    {
        var texts = new List<TokenText>();
        foreach (var block in document.Blocks) texts.Add(new TokenText().Reset(block.Text));
        return texts;
    }

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
        _annotated = false;
        _quotes = null;
        return this;
    }

    /// <summary>The token's text; empty past the end, so look-ahead needs no bounds checks.</summary>
    public string Word(int index)
    {
        if (index < 0 || index >= _tokens.Count) return "";
        return _words[index] ?? (_words[index] = Cut(_tokens[index]));
    }

    private string Cut(Token token) => token.Length == 1 ? OneCharacter(Text[token.Start]) : Text.Substring(token.Start, token.Length);

    /// <summary>Punctuation marks and one-letter words are most of the short tokens: one shared string per character instead of one per token.</summary>
    private static readonly string?[] OneCharacterStrings = new string?[0x2100];

    private static string OneCharacter(char c)
    {
        if (c >= OneCharacterStrings.Length) return c.ToString();
        // a race only builds the same string twice
        return OneCharacterStrings[c] ??= c.ToString();
    }

    /// <summary>The text from the start of token <paramref name="from"/> to the end of token <paramref name="to"/> - 1.</summary>
    public string Span(int from, int to) =>
        to - from == 1 ? Word(from) : Text.Substring(_tokens[from].Start, _tokens[to - 1].End - _tokens[from].Start);

    /// <summary>Which characters stand inside quotation marks.</summary>
    public QuoteMap Quotes => _quotes ??= new QuoteMap(Text);

    /// <summary>Whether the token stands inside quotation marks (or is one that opens or closes them).</summary>
    public bool IsQuoted(int index)
    {
        if (!_annotated) Annotate();
        return _quoted[index];
    }

    /// <summary>What the word may signal to the claim rules (<see cref="WordCues"/>).</summary>
    public WordCue Cues(int index)
    {
        if (!_annotated) Annotate();
        return _cues[index];
    }

    /// <summary>Quoted or not and the cues of every token, in one pass on first use: the claim rules ask for them token by token, often.</summary>
    private void Annotate()
    {
        if (_cues.Length < _tokens.Count)
        {
            _cues = new WordCue[_tokens.Count];
            _quoted = new bool[_tokens.Count];
        }
        var quotes = Quotes;
        for (int i = 0; i < _tokens.Count; i++)
        {
            _cues[i] = _tokens[i].IsWord ? WordCues.Of(Word(i)) : WordCue.None;
            _quoted[i] = quotes.IsQuoted(_tokens[i].Start);
        }
        _annotated = true;
    }

    /// <summary>The block's sentences (<see cref="SentenceSplitter"/>), each with the range of its tokens.</summary>
    public List<(SentenceSpan Span, TokenRange Tokens)> Sentences()
    {
        var sentences = new List<(SentenceSpan, TokenRange)>();
        int t = 0;
        foreach (var span in SentenceSplitter.Split(Text, Quotes))
        {
            // sentences start and end at whitespace or the block's ends, so no token crosses from one into the next
            while (t < _tokens.Count && _tokens[t].Start < span.Start) t++;
            int first = t;
            while (t < _tokens.Count && _tokens[t].Start < span.End) t++;
            sentences.Add((span, new TokenRange(this, first, t - first)));
        }
        return sentences;
    }
}
