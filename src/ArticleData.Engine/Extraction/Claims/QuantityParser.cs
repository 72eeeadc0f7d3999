using System;
using System.Collections.Generic;
using System.Globalization;
using ArticleData.Engine.Extraction.Text;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Extraction.Claims;

/// <summary>
/// Reads the quantities of a sentence as typed values: money with an ISO currency (€2.4bn → 2.4e9 EUR, 41 kroner),
/// percentages, durations (nine months, three-day), dates (Jan. 12, March 2028, 2019), counts with their noun
/// (1,200 people) and bare numbers. Numbers may be digits or words ("nine", "a dozen"). Dates are valued so they sort:
/// a year as yyyy ("year"), "March 2028" as yyyymm ("year-month"), "Jan. 12" as mmdd ("month-day"), a full date as yyyymmdd ("date").
/// </summary>
internal static class QuantityParser
{
    private static readonly Dictionary<string, string> CurrencySymbols = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR", ["₩"] = "KRW", ["₦"] = "NGN", ["₽"] = "RUB", ["₺"] = "TRY", ["₫"] = "VND",
    };

    private static readonly Dictionary<string, (string Code, double Factor)> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = ("USD", 1), ["dollars"] = ("USD", 1), ["euro"] = ("EUR", 1), ["euros"] = ("EUR", 1), ["pound"] = ("GBP", 1), ["pounds"] = ("GBP", 1),
        ["pence"] = ("GBP", 0.01), ["penny"] = ("GBP", 0.01), ["yen"] = ("JPY", 1), ["yuan"] = ("CNY", 1), ["renminbi"] = ("CNY", 1), ["rupees"] = ("INR", 1),
        ["kroner"] = ("DKK", 1), ["krone"] = ("DKK", 1), ["kronor"] = ("SEK", 1), ["krona"] = ("SEK", 1), ["francs"] = ("CHF", 1), ["rand"] = ("ZAR", 1),
        ["naira"] = ("NGN", 1), ["roubles"] = ("RUB", 1), ["rubles"] = ("RUB", 1), ["won"] = ("KRW", 1), ["reais"] = ("BRL", 1), ["real"] = ("BRL", 1),
        ["pesos"] = ("MXN", 1), ["shillings"] = ("KES", 1), ["dong"] = ("VND", 1), ["rupiah"] = ("IDR", 1), ["zloty"] = ("PLN", 1), ["lira"] = ("TRY", 1),
        ["USD"] = ("USD", 1), ["EUR"] = ("EUR", 1), ["GBP"] = ("GBP", 1), ["cents"] = ("USD", 0.01),
    };

    private static readonly Dictionary<string, double> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["k"] = 1e3, ["million"] = 1e6, ["m"] = 1e6, ["mn"] = 1e6, ["billion"] = 1e9, ["bn"] = 1e9, ["b"] = 1e9, ["trillion"] = 1e12, ["tn"] = 1e12,
    };

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12, ["half"] = 0.5,
    };

    private static readonly HashSet<string> TimeUnits = WordLists.Folded("time-units");

    private static readonly HashSet<string> NotCounted = WordLists.Folded("quantity-not-counted");

    public static EquatableArray<QuantityInfo> Parse(TokenRange tokens, TextBlock block)
    {
        var found = new List<QuantityInfo>();
        int i = 0;
        while (i < tokens.Count)
        {
            int next = Read(tokens, i, block, found);
            i = next > i ? next : i + 1;
        }
        return new EquatableArray<QuantityInfo>(found.ToArray());
    }

    /// <summary>Reads one quantity starting at token <paramref name="i"/>; returns the index after it, or <paramref name="i"/> when none starts there.</summary>
    private static int Read(TokenRange tokens, int i, TextBlock block, List<QuantityInfo> found)
    {
        var t = tokens[i];
        // dates: "Jan. 12", "May 17", "March 2028", "Oct. 3, 2025"
        int month = t.IsCapitalized ? Lexicon.MonthNumber(t.Undotted) : 0;
        if (month > 0 && (t.Text != "May" || (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number)))
        {
            int j = i + 1;
            if (j < tokens.Count && tokens[j].IsPunctuation('.')) j++;
            if (j < tokens.Count && tokens[j].Kind == TokenKind.Number && TryNumber(Number(tokens, j, out int end), out double number))
            {
                if (number > 31)
                {
                    // "March 2028": yyyymm
                    Add(found, block, tokens, i, end, QuantityKind.Date, number * 100 + month, "year-month");
                    return end;
                }
                if (end + 1 < tokens.Count && tokens[end].IsPunctuation(',') && tokens[end + 1].Kind == TokenKind.Number && tokens[end + 1].Text.Length == 4
                    && TryNumber(tokens[end + 1].Text, out double year))
                {
                    // "Oct. 3, 2025": yyyymmdd
                    Add(found, block, tokens, i, end + 2, QuantityKind.Date, year * 10000 + month * 100 + number, "date");
                    return end + 2;
                }
                // "Jan. 12": mmdd
                Add(found, block, tokens, i, end, QuantityKind.Date, month * 100 + number, "month-day");
                return end;
            }
            return i + 1;
        }

        // money with a symbol: "$3 million", "€2.4bn", "£800"
        if (t.Kind == TokenKind.Punctuation && CurrencySymbols.TryGetValue(t.Text, out var code) && i + 1 < tokens.Count)
        {
            int start = i;
            if (i > 0 && tokens[i - 1].IsWord && (tokens[i - 1].Text == "US" || tokens[i - 1].Text == "A" || tokens[i - 1].Text == "C") && tokens[i - 1].End == t.Start)
            {
                start = i - 1;
                code = tokens[i - 1].Text == "US" ? "USD" : tokens[i - 1].Text == "A" ? "AUD" : "CAD";
            }
            if (TryAmount(tokens, i + 1, out double value, out int end))
            {
                Add(found, block, tokens, start, end, QuantityKind.Money, value, code);
                return end;
            }
            return i + 1;
        }

        if (!TryAmount(tokens, i, out double amount, out int after)) return i;
        // "Power of Siberia 2", "Vega 7", "Article 4": a bare small number right after a capitalised word is part of a name
        if (t.Kind == TokenKind.Number && t.Text.Length <= 2 && !(i + 2 < tokens.Count && tokens[i + 2].ContinuesNumber) && i > 0 && tokens[i - 1].IsCapitalized && tokens[i - 1].End + 1 == t.Start
            && Lexicon.MonthNumber(tokens[i - 1].Text) == 0 && !CurrencyWords.ContainsKey(after < tokens.Count ? tokens[after].Text : ""))
        {
            return i + 1;
        }
        bool hasUnit = after < tokens.Count;
        var u = hasUnit ? tokens[after] : t;

        // percentages: "38 per cent", "6.5%", "0.25 percentage points"
        if (hasUnit && u.IsPunctuation('%'))
        {
            Add(found, block, tokens, i, after + 1, QuantityKind.Percentage, amount, "%");
            return after + 1;
        }
        if (hasUnit && u.Is("per") && after + 1 < tokens.Count && tokens[after + 1].Is("cent"))
        {
            Add(found, block, tokens, i, after + 2, QuantityKind.Percentage, amount, "%");
            return after + 2;
        }
        if (hasUnit && u.Is("percent"))
        {
            Add(found, block, tokens, i, after + 1, QuantityKind.Percentage, amount, "%");
            return after + 1;
        }
        if (hasUnit && u.Is("percentage") && after + 1 < tokens.Count && tokens[after + 1].Is("points"))
        {
            Add(found, block, tokens, i, after + 2, QuantityKind.Percentage, amount, "percentage points");
            return after + 2;
        }
        // money with a currency word: "41 kroner", "410 pence", "360 million euros"
        if (hasUnit && u.IsWord && CurrencyWords.TryGetValue(u.Text, out var currency))
        {
            Add(found, block, tokens, i, after + 1, QuantityKind.Money, amount * currency.Factor, currency.Code);
            return after + 1;
        }
        // durations: "nine months", "three-day" (a hyphenated word), "18 months"
        if (hasUnit && u.IsWord && TimeUnits.Contains(Singular(u.Text)))
        {
            Add(found, block, tokens, i, after + 1, QuantityKind.Duration, amount, Singular(u.Text.ToLowerInvariant()));
            return after + 1;
        }
        if (t.Kind != TokenKind.Punctuation && t.Text.IndexOf('-') > 0)
        {
            var parts = t.Text.Split('-');
            if (parts.Length >= 2 && TimeUnits.Contains(Singular(parts[1])))
            {
                Add(found, block, tokens, i, i + 1, QuantityKind.Duration, amount, Singular(parts[1].ToLowerInvariant()));
                return i + 1;
            }
        }
        // a year: "in 2022", "since 2019"
        if (t.Kind == TokenKind.Number && after == i + 1 && t.Text.Length == 4 && amount >= 1800 && amount <= 2200 && (!hasUnit || !u.IsWord || !char.IsLower(u.Text[0]) || NotCounted.Contains(u.Text)))
        {
            Add(found, block, tokens, i, i + 1, QuantityKind.Date, amount, "year");
            return i + 1;
        }
        // counts: "1,200 additional officers", "46 warehouses"
        if (hasUnit && u.IsWord && char.IsLower(u.Text[0]) && !NotCounted.Contains(u.Text))
        {
            int end = after + 1;
            string noun = u.Text;
            // "1,200 additional officers": take the next word when the first is an adjective that ends the phrase badly
            if (end < tokens.Count && tokens[end].IsWord && char.IsLower(tokens[end].Text[0]) && !NotCounted.Contains(tokens[end].Text) && !noun.EndsWith("s", StringComparison.Ordinal) && tokens[end].Text.EndsWith("s", StringComparison.Ordinal))
            {
                noun = tokens[end].Text;
                end++;
            }
            Add(found, block, tokens, i, end, QuantityKind.Count, amount, noun);
            return end;
        }
        if (t.Kind == TokenKind.Number)
        {
            Add(found, block, tokens, i, after, QuantityKind.Number, amount, null);
            return after;
        }
        return i;
    }

    /// <summary>A number with an optional multiplier: "3 million", "2.4bn", "nine", "a dozen".</summary>
    private static bool TryAmount(TokenRange tokens, int i, out double value, out int end)
    {
        value = 0;
        end = i;
        if (i >= tokens.Count) return false;
        var t = tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            string number = Number(tokens, i, out end);
            if (!TryNumber(number, out value))
            {
                // "2.4bn", "3m", "27-year-old" are numbers running on into letters
                int k = 0;
                while (k < number.Length && (char.IsDigit(number[k]) || number[k] == '.' || number[k] == ',')) k++;
                if (!TryNumber(number.Substring(0, k), out value)) return false;
                string rest = number.Substring(k).TrimStart('-');
                if (Multipliers.TryGetValue(rest, out double m)) value *= m;
                return true;
            }
        }
        else if (t.IsWord && NumberWords.TryGetValue(FirstPart(t.Text), out value))
        {
            // "twenty-five": tens and units (the part after the first hyphen up to any next one)
            int hyphen = t.Text.IndexOf('-');
            if (hyphen > 0 && NumberWords.TryGetValue(FirstPart(t.Text.Substring(hyphen + 1)), out double unitsDigit)) value += unitsDigit;
            end = i + 1;
        }
        else return false;
        if (end < tokens.Count && tokens[end].IsWord && Multipliers.TryGetValue(tokens[end].Text, out double multiplier) && tokens[end].Text.Length > 1)
        {
            value *= multiplier;
            end++;
        }
        return true;
    }

    /// <summary>
    /// The number written from token <paramref name="i"/> on, and the index after it. The tokenizer cuts "1,200", "2.4"
    /// and "3.4bn" at the separator; digits, a comma or point, and digits with nothing between them are one number.
    /// </summary>
    private static string Number(TokenRange tokens, int i, out int end)
    {
        end = i + 1;
        while (end + 1 < tokens.Count && tokens[end + 1].ContinuesNumber) end += 2;
        return end == i + 1 ? tokens[i].Text : tokens.Span(i, end);
    }

    /// <summary>The word up to its first hyphen ("three" of "three-day"); the word itself when it has none, with no copy.</summary>
    private static string FirstPart(string word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen < 0 ? word : word.Substring(0, hyphen);
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? word.Substring(0, word.Length - 3) + "y"
        : word.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? word.Substring(0, word.Length - 1) : word;

    private static void Add(List<QuantityInfo> found, TextBlock block, TokenRange tokens, int from, int to, QuantityKind kind, double? value, string? unit)
    {
        int start = tokens[from].Start, end = tokens[to - 1].End;
        found.Add(new QuantityInfo(kind, block.Text.Substring(start, end - start), value, unit, block.Span(start, end - start)));
    }
}
