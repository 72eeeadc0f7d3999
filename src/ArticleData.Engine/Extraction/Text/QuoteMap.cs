namespace ArticleData.Engine.Extraction.Text;

/// <summary>
/// Which characters of a block stand inside double quotation marks, straight or curly. Straight quotes toggle;
/// “ opens and ” closes; a quote left open runs to the end of the block, as multi-paragraph quotes do in news style.
/// Single quotes are ignored: ’ is far more often an apostrophe.
/// </summary>
internal sealed class QuoteMap
{
    private readonly bool[] _quoted;
    private readonly bool[] _closing;

    public QuoteMap(string text)
    {
        _quoted = new bool[text.Length];
        _closing = new bool[text.Length];
        bool open = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\u201C' || c == '\u00AB' || c == '\u201E')
            {
                open = true;
                _quoted[i] = true;
            }
            else if (c == '\u201D' || c == '\u00BB')
            {
                _quoted[i] = open;
                _closing[i] = open;
                open = false;
            }
            else if (c == '"')
            {
                // orientation first (space before and a word after opens; a word before and space after closes), toggling only when unclear
                bool spaceBefore = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(' || text[i - 1] == '\u2014';
                bool spaceAfter = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);
                bool opens = spaceBefore && !spaceAfter ? true : !spaceBefore && spaceAfter ? false : !open;
                // 'communities," For example': a closing-looking mark after a comma or colon with no quote open is an opening one misplaced
                if (!opens && !open && i > 0 && (text[i - 1] == ',' || text[i - 1] == ':')) opens = true;
                _quoted[i] = true;
                _closing[i] = !opens && open;
                open = opens;
            }
            else
            {
                _quoted[i] = open;
            }
        }
    }

    public bool IsQuoted(int i) => i >= 0 && i < _quoted.Length && _quoted[i];

    /// <summary>True when the character at <paramref name="i"/> is a quotation mark that closes a quote.</summary>
    public bool IsClosing(int i) => i >= 0 && i < _closing.Length && _closing[i];

    /// <summary>True when a quote is still open at the end of the range [start, end).</summary>
    public bool OpenAt(int start, int end)
    {
        if (end <= start) return false;
        int last = end - 1;
        return _quoted[last] && !_closing[last];
    }
}
