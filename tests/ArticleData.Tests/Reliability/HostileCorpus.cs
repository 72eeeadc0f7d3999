using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ArticleData.Tests.Reliability;

/// <summary>
/// One hostile or broken input: the files of a build (generated on demand — some are megabytes), the MSBuild
/// properties, and what must come out: the articles with their exact text, and the located diagnostics.
/// <see cref="AlsoAllowed"/> lists ids that may appear any number of times (a binary glossary has a bad line per line).
/// </summary>
public sealed record HostileCase(string Name, Func<IReadOnlyList<HostileFile>> Files, ExpectedArticle[] Articles,
    ExpectedDiagnostic[] Diagnostics, IReadOnlyDictionary<string, string>? Properties = null, string[]? AlsoAllowed = null)
{
    public override string ToString() => Name;
}

/// <summary>
/// The hostile corpus: at least one case for every kind of broken or malicious article the generator must survive.
/// Each case states its expected result from the article format's rules (plain text: line 1 headline, line 2
/// standfirst, then the body; Markdown: front matter and a '# ' heading), never from what the code happens to do.
/// </summary>
public static class HostileCorpus
{
    private static readonly List<HostileCase> Cases = new();

    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

    public static IReadOnlyList<HostileCase> All
    {
        get
        {
            lock (Cases)
            {
                if (Cases.Count == 0) Build();
                return Cases;
            }
        }
    }

    public static HostileCase Get(string name) => All.Single(c => c.Name == name);

    private static HostileFile Plain(string path, string text, string? slug = null) => HostileFile.Text(path, text, "Article", slug);

    private static ExpectedArticle[] Articles(params ExpectedArticle[] articles) => articles;

    private static ExpectedDiagnostic[] Diagnostics(params ExpectedDiagnostic[] diagnostics) => diagnostics;

    private static ExpectedDiagnostic Art(string id, string path, int line, int column) =>
        new(id, Infrastructure.GeneratorHarness.Full(path), line, column);

    /// <summary>A single-file case.</summary>
    private static void One(string name, string path, string text, ExpectedArticle[] articles, ExpectedDiagnostic[] diagnostics,
        IReadOnlyDictionary<string, string>? properties = null) =>
        Cases.Add(new HostileCase(name, () => new[] { Plain(path, text) }, articles, diagnostics, properties));

    private static void Raw(string name, string path, Func<byte[]> bytes, ExpectedArticle[] articles, ExpectedDiagnostic[] diagnostics) =>
        Cases.Add(new HostileCase(name, () => new[] { HostileFile.Raw(path, bytes()) }, articles, diagnostics));

    private static void Many(string name, Func<IReadOnlyList<HostileFile>> files, ExpectedArticle[] articles, ExpectedDiagnostic[] diagnostics,
        IReadOnlyDictionary<string, string>? properties = null, string[]? alsoAllowed = null) =>
        Cases.Add(new HostileCase(name, files, articles, diagnostics, properties, alsoAllowed));

    private static ExpectedArticle Headline(string cls, string title, string body = "", string standfirst = "", string? slug = null) =>
        new(cls, title, body, standfirst, slug);

    private static void Build()
    {
        EmptyAndMissing();
        Sizes();
        Encodings();
        LineEndingsAndControls();
        UnicodeTricks();
        NamesAndSlugs();
        FrontMatter();
        Glossaries();
        CodeLookalikes();
        MarkdownTricks();
        Options();
    }

    private static void EmptyAndMissing()
    {
        One("empty", "articles/empty.txt", "", Articles(), Diagnostics(Art("ART001", "articles/empty.txt", 1, 1)));
        One("whitespace-only", "articles/blank.txt", " \t \n\n   \n", Articles(), Diagnostics(Art("ART001", "articles/blank.txt", 1, 1)));
        One("blank-lines-crlf", "articles/blank.txt", "\r\n\r\n\r\n", Articles(), Diagnostics(Art("ART001", "articles/blank.txt", 1, 1)));
        One("byte-order-mark-only", "articles/bom.txt", "\uFEFF", Articles(), Diagnostics(Art("ART001", "articles/bom.txt", 1, 1)));
        One("empty-markdown", "articles/empty.md", "\n\n", Articles(), Diagnostics(Art("ART001", "articles/empty.md", 1, 1)));
        One("only-headline", "articles/lonely.txt", "Only a headline", Articles(Headline("Lonely", "Only a headline", slug: "lonely")), Diagnostics());
        One("only-headline-newline", "articles/lonely.txt", "Only a headline\n\n\n", Articles(Headline("Lonely", "Only a headline")), Diagnostics());
        One("only-markdown-heading", "articles/heading.md", "# Only a heading\n", Articles(Headline("Heading", "Only a heading")), Diagnostics());
        One("markdown-without-heading", "articles/noheading.md", "Text but no heading.\n", Articles(), Diagnostics(Art("ART002", "articles/noheading.md", 1, 1)));
        One("plain-first-line-blank", "articles/late.txt", "\nHeadline on line two\nBody", Articles(), Diagnostics(Art("ART002", "articles/late.txt", 1, 1)));
        One("blank-standfirst-line", "articles/gap.txt", "Headline\n   \nBody", Articles(Headline("Gap", "Headline", "Body")), Diagnostics());
    }

    private static void Sizes()
    {
        // A 10 MB single line: over the default limit it is refused with ART007; under a raised limit it is the headline.
        string huge = string.Join(" ", Enumerable.Repeat("Word", 10 * 1024 * 1024 / 5));
        One("ten-megabyte-line-default-limit", "articles/huge.txt", huge, Articles(), Diagnostics(Art("ART007", "articles/huge.txt", 1, 1)));
        One("ten-megabyte-line-raised-limit", "articles/huge.txt", huge, Articles(Headline("Huge", huge)), Diagnostics(),
            new Dictionary<string, string> { ["ArticleDataMaxArticleSize"] = "20000000" });

        string paragraphs = string.Join("\n\n", Enumerable.Range(1, 20_000).Select(i => $"Paragraph {i} says \"{i}\" \\ {{{i}}}."));
        One("twenty-thousand-paragraphs", "articles/long.txt", "Many paragraphs\n\n" + paragraphs,
            Articles(new ExpectedArticle("Long", "Many paragraphs", paragraphs, "", Paragraphs: 20_000)), Diagnostics());

        string longHeadline = new string('x', 100_000);
        One("hundred-thousand-character-headline", "articles/wide.txt", longHeadline + "\nBody", Articles(Headline("Wide", longHeadline, standfirst: "Body")), Diagnostics());

        // Nine headlines just under the default limit: 8.5 million characters of constants between them.
        var big = Enumerable.Range(1, 9).Select(i => (Path: $"articles/big{i}.txt", Title: new string((char)('a' + i), 950_000))).ToList();
        Many("nine-large-headlines", () => big.Select(b => Plain(b.Path, b.Title + "\nBody")).ToList(),
            big.Select((b, i) => Headline("Big" + (i + 1), b.Title, standfirst: "Body")).ToArray(), Diagnostics());
    }

    private static void Encodings()
    {
        var random = new Random(6);
        byte[] Noise(int count)
        {
            var bytes = new byte[count];
            random.NextBytes(bytes);
            return bytes;
        }

        // Zip header: "PK\x03\x04\x14\0" — the NUL is the sixth character of line 1.
        Raw("binary-zip", "articles/archive.txt", () => new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }.Concat(Noise(4096)).ToArray(),
            Articles(), Diagnostics(Art("ART006", "articles/archive.txt", 1, 6)));
        // PNG header: not UTF-8, so read byte per character: "\x89PNG" CR LF "\x1A" LF then NUL on line 3.
        Raw("binary-png", "articles/image.txt", () => new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 }.Concat(Noise(1024)).ToArray(),
            Articles(), Diagnostics(Art("ART006", "articles/image.txt", 3, 1)));
        byte[] noNul = Enumerable.Range(0, 2000).Select(i => (byte)(1 + i * 37 % 255)).Where(b => b != 10 && b != 13).ToArray();
        Raw("binary-without-nul", "articles/blob.bin", () => noNul, Articles(Headline("Blob", ArticleData.Engine.Project.FileText.Decode(noNul).Trim())), Diagnostics());

        Raw("invalid-utf8", "articles/latin.txt", () => Encoding.Latin1.GetBytes("Caf\u00E9 cr\u00E8me\nStand\u00FF\nBody \u00FE text\n"),
            Articles(Headline("Latin", "Caf\u00E9 cr\u00E8me", "Body \u00FE text", "Stand\u00FF")), Diagnostics());
        Raw("truncated-utf8-sequence", "articles/cut.txt", () => Encoding.UTF8.GetBytes("Headline\nEnds mid-sequence ").Concat(new byte[] { 0xE2, 0x82 }).ToArray(),
            Articles(Headline("Cut", "Headline", standfirst: "Ends mid-sequence \u00E2\u0082")), Diagnostics());
        Raw("overlong-utf8", "articles/overlong.txt", () => new byte[] { (byte)'O', 0xC0, 0xAF, (byte)'k', 10, (byte)'B' },
            Articles(Headline("Overlong", "O\u00C0\u00AFk", standfirst: "B")), Diagnostics());
        Raw("cesu8-surrogate-bytes", "articles/cesu.txt", () => new byte[] { (byte)'H', 0xED, 0xA0, 0x80, (byte)'!', 10, (byte)'B' },
            Articles(Headline("Cesu", "H\u00ED\u00A0\u0080!", standfirst: "B")), Diagnostics());

        const string unicodeText = "\u00DCn\u00EFc\u00F6d\u00E9 headline\nStandfirst \u2713\nBody \U0001D11E text\n";
        var unicodeArticle = Headline("Wide", "\u00DCn\u00EFc\u00F6d\u00E9 headline", "Body \U0001D11E text", "Standfirst \u2713");
        Raw("utf16le-with-bom", "articles/wide.txt", () => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(unicodeText)).ToArray(),
            Articles(unicodeArticle), Diagnostics());
        Raw("utf16be-with-bom", "articles/wide.txt", () => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(unicodeText)).ToArray(),
            Articles(unicodeArticle), Diagnostics());
        Raw("utf8-with-bom", "articles/wide.txt", () => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(unicodeText)).ToArray(),
            Articles(unicodeArticle), Diagnostics());
        Raw("utf16le-without-bom", "articles/wide.txt", () => Encoding.Unicode.GetBytes("Headline\nBody"),
            Articles(), Diagnostics(Art("ART006", "articles/wide.txt", 1, 2)));
        Raw("utf16be-without-bom", "articles/wide.txt", () => Encoding.BigEndianUnicode.GetBytes("Headline\nBody"),
            Articles(), Diagnostics(Art("ART006", "articles/wide.txt", 1, 1)));
        Raw("utf32le-with-bom", "articles/wide.txt", () => new UTF32Encoding(false, true).GetPreamble().Concat(Encoding.UTF32.GetBytes("Headline\nBody")).ToArray(),
            Articles(), Diagnostics(Art("ART006", "articles/wide.txt", 1, 1)));
    }

    private static void LineEndingsAndControls()
    {
        One("mixed-line-endings", "articles/mixed.txt", "Headline\r\nStandfirst\rFirst paragraph\nSecond paragraph\r\n\rThird\n",
            Articles(Headline("Mixed", "Headline", "First paragraph Second paragraph\n\nThird", "Standfirst")), Diagnostics());
        One("carriage-returns-only", "articles/mac.txt", "Headline\rStand\rOne\rTwo",
            Articles(Headline("Mac", "Headline", "One\n\nTwo", "Stand")), Diagnostics());
        One("nul-in-text", "articles/nul.txt", "Headline\nBody with a \0 NUL", Articles(), Diagnostics(Art("ART006", "articles/nul.txt", 2, 13)));
        One("control-characters", "articles/controls.txt", "Bell\u0007 and escape\u001B[31m\nBody \u0001\u0002\u0003 \u007F del \u0080\u009F c1 \u0008 back",
            Articles(Headline("Controls", "Bell\u0007 and escape\u001B[31m", standfirst: "Body \u0001\u0002\u0003 \u007F del \u0080\u009F c1 \u0008 back")), Diagnostics());
        One("vertical-tab-and-form-feed", "articles/feed.txt", "Headline\u000B\nBody\u000Cpage two",
            Articles(Headline("Feed", "Headline", standfirst: "Body\u000Cpage two")), Diagnostics());
        One("unicode-line-separators", "articles/separators.txt", "Line\u2028separator\u2029paragraph\u0085nel\nBody\u2028more",
            Articles(Headline("Separators", "Line\u2028separator\u2029paragraph\u0085nel", standfirst: "Body\u2028more")), Diagnostics());
    }

    private static void UnicodeTricks()
    {
        One("unpaired-surrogates", "articles/lone.txt", "Lone \uD800 high\nLone \uDC00 low, reversed \uDC00\uD800, trailing \uD83D",
            Articles(Headline("Lone", "Lone \uD800 high", standfirst: "Lone \uDC00 low, reversed \uDC00\uD800, trailing \uD83D")), Diagnostics());
        One("bidi-overrides", "articles/bidi.txt", "Price \u202E0.99\u202C dollars \u200F\u200E\nif (isAdmin \u2066/* \u2069) { } \u202D\u2067",
            Articles(Headline("Bidi", "Price \u202E0.99\u202C dollars \u200F\u200E", standfirst: "if (isAdmin \u2066/* \u2069) { } \u202D\u2067")), Diagnostics());
        string zalgo = "Z\u0351\u0300\u0301a\u0336\u0337l\u0338g\u0489o headline";
        string stacked = "x" + new string('\u0301', 500);
        One("combining-characters", "articles/zalgo.txt", zalgo + "\ne\u0301 vs \u00E9\n" + stacked,
            Articles(Headline("Zalgo", zalgo, stacked, "e\u0301 vs \u00E9")), Diagnostics());
        One("emoji-and-zwj", "articles/emoji.txt", "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 family \U0001F3F3\uFE0F\u200D\U0001F308 \U0001F1FA\U0001F1E6 \U0001F44D\U0001F3FD\nStand \U0001F9D1\U0001F3FF\u200D\U0001F680\nBody 1\uFE0F\u20E3",
            Articles(Headline("Emoji", "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 family \U0001F3F3\uFE0F\u200D\U0001F308 \U0001F1FA\U0001F1E6 \U0001F44D\U0001F3FD",
                "Body 1\uFE0F\u20E3", "Stand \U0001F9D1\U0001F3FF\u200D\U0001F680")), Diagnostics());
        One("emoji-file-name", "articles/\U0001F680 launch \U0001F680.txt", "Rocket",
            Articles(Headline("Launch", "Rocket", slug: "launch")), Diagnostics());
        One("non-latin-file-name", "articles/\u041F\u0443\u0301\u0442\u0438\u043D \u0438 \u0421\u0438.txt", "Headline",
            Articles(Headline("\u041F\u0443\u0422\u0438\u043D\u0418\u0421\u0438", "Headline", slug: "\u043F\u0443-\u0442\u0438\u043D-\u0438-\u0441\u0438")), Diagnostics());
        One("astral-letters-file-name", "articles/\U0001D400\U0001D401\U0001D402.txt", "Headline",
            Articles(), Diagnostics(Art("ART005", "articles/\U0001D400\U0001D401\U0001D402.txt", 1, 1)));
    }

    private static void NamesAndSlugs()
    {
        One("keyword-headline", "articles/class.txt", "class\nnamespace static void\npublic static void Main() { System.Environment.Exit(1); }",
            Articles(Headline("Class", "class", "public static void Main() { System.Environment.Exit(1); }", "namespace static void", "class")), Diagnostics());
        Many("keyword-file-names", () => new[] { "int", "return", "__arglist", "@event", "var", "global", "nameof" }.Select(k => Plain($"articles/{k}.txt", k)).ToList(),
            Articles(Headline("Int", "int"), Headline("Return", "return"), Headline("Arglist", "__arglist"), Headline("Event", "@event"),
                Headline("Var", "var"), Headline("Global", "global"), Headline("Nameof", "nameof")), Diagnostics());
        One("digit-headline", "articles/2024-review.txt", "2024: the year in review\n1st\n3 things",
            Articles(Headline("_2024Review", "2024: the year in review", "3 things", "1st", "2024-review")), Diagnostics());
        One("digits-only-file-name", "articles/123.txt", "123", Articles(Headline("_123", "123", slug: "123")), Diagnostics());

        Many("slug-collision-after-sanitising", () => new[] { Plain("articles/Hello World.txt", "First"), Plain("articles/hello-world.txt", "Second") },
            Articles(Headline("HelloWorld", "First", slug: "hello-world")), Diagnostics(Art("ART004", "articles/Hello World.txt", 1, 1), Art("ART004", "articles/hello-world.txt", 1, 1)));
        Many("slug-collision-case-only", () => new[] { Plain("articles/News.txt", "Upper"), Plain("articles/news.txt", "Lower") },
            Articles(Headline("News", "Upper")), Diagnostics(Art("ART004", "articles/News.txt", 1, 1), Art("ART004", "articles/news.txt", 1, 1)));
        Many("slug-collision-punctuation", () => new[] { Plain("articles/a_b.txt", "Underscore"), Plain("articles/a.b.txt", "Dot"), Plain("articles/a-b.txt", "Hyphen") },
            Articles(Headline("AB", "Hyphen", slug: "a-b")), Diagnostics(Art("ART004", "articles/a-b.txt", 1, 1), Art("ART004", "articles/a-b.txt", 1, 1), Art("ART004", "articles/a.b.txt", 1, 1), Art("ART004", "articles/a_b.txt", 1, 1)));
        Many("slug-collision-directories", () => new[] { Plain("articles/y/story.txt", "Y"), Plain("articles/x/story.txt", "X") },
            Articles(Headline("Story", "X")), Diagnostics(Art("ART004", "articles/x/story.txt", 1, 1), Art("ART004", "articles/y/story.txt", 1, 1)));
        Many("class-name-collision", () => new[] { Plain("articles/x1.txt", "No hyphen"), Plain("articles/x-1.txt", "Hyphen") },
            Articles(Headline("X1", "Hyphen", slug: "x-1"), Headline("X12", "No hyphen", slug: "x1")), Diagnostics(Art("ART008", "articles/x1.txt", 1, 1)));
        // "aς" and "aσ" (final and medial sigma) are distinct slugs and C# names, but one name ignoring case, as hint names are compared.
        Many("class-names-equal-ignoring-case", () => new[] { Plain("articles/a\u03C3.txt", "Medial"), Plain("articles/a\u03C2.txt", "Final") },
            Articles(Headline("A\u03C2", "Final", slug: "a\u03C2"), Headline("A\u03C32", "Medial", slug: "a\u03C3")), Diagnostics(Art("ART008", "articles/a\u03C3.txt", 1, 1)));
        string wideName = new string('\u6587', 100);
        One("file-name-100-cjk-characters", $"articles/{wideName}.txt", "Wide", Articles(Headline(wideName.Substring(0, 48), "Wide", slug: wideName)), Diagnostics());
        Many("reserved-class-names", () => new[] { "all", "find", "articles", "entities", "equals" }.Select(n => Plain($"articles/{n}.txt", n)).ToList(),
            Articles(Headline("All2", "all"), Headline("Find2", "find"), Headline("Articles2", "articles"), Headline("Entities2", "entities"), Headline("Equals2", "equals")),
            Diagnostics(Art("ART008", "articles/all.txt", 1, 1), Art("ART008", "articles/find.txt", 1, 1), Art("ART008", "articles/articles.txt", 1, 1),
                Art("ART008", "articles/entities.txt", 1, 1), Art("ART008", "articles/equals.txt", 1, 1)));

        One("file-name-spaces", "articles/  My   Great  Story  .txt", "Spaces", Articles(Headline("MyGreatStory", "Spaces", slug: "my-great-story")), Diagnostics());
        One("file-name-symbols-only", "articles/$%^&()!@.txt", "Symbols", Articles(), Diagnostics(Art("ART005", "articles/$%^&()!@.txt", 1, 1)));
        One("file-name-symbols-mixed", "articles/C# & .NET \u2014 100% (v2).txt", "Mixed",
            Articles(Headline("CNet100V2", "Mixed", slug: "c-net-100-v2", standfirst: "")), Diagnostics());
        One("file-name-leading-dot", "articles/.hidden.txt", "Hidden", Articles(Headline("Hidden", "Hidden", slug: "hidden")), Diagnostics());
        One("file-name-dots-only", "articles/...txt", "Dots", Articles(), Diagnostics(Art("ART005", "articles/...txt", 1, 1)));
        string longName = string.Concat(Enumerable.Repeat("story-", 33)) + "ab";
        string longClass = string.Concat(Enumerable.Repeat("Story", 33)).Substring(0, 48); // class names are cut to 48 characters
        One("file-name-200-characters", $"articles/{longName}.txt", "Long name", Articles(Headline(longClass, "Long name", slug: longName)), Diagnostics());
        One("file-name-backslashes", "articles\\sub\\win.txt", "Windows",
            Articles(new ExpectedArticle("Win", "Windows", SourcePath: "articles/sub/win.txt")), Diagnostics());
        Cases.Add(new HostileCase("hostile-slug-metadata", () => new[] { Plain("articles/meta.txt", "Meta", slug: "\"; class Evil { } //") },
            Articles(Headline("ClassEvil", "Meta", slug: "class-evil")), Diagnostics()));
        Cases.Add(new HostileCase("symbol-only-slug-metadata", () => new[] { Plain("articles/meta.txt", "Meta", slug: "!!!") },
            Articles(), Diagnostics(Art("ART005", "articles/meta.txt", 1, 1))));
        Many("same-file-declared-twice", () => new[] { Plain("articles/twice.txt", "Twice"), Plain("articles/twice.txt", "Twice") },
            Articles(Headline("Twice", "Twice")), Diagnostics());
        Many("non-article-additional-files", () => new[]
            {
                HostileFile.Raw("stylecop.json", new byte[] { 0, 1, 2, 0xFF }) with { File = new Infrastructure.TestFile("stylecop.json", "", "") },
                HostileFile.Text("BannedSymbols.txt", "\0\0", ""),
                HostileFile.Text("notes.txt", "", "Unknown"),
            },
            Articles(), Diagnostics());
    }

    private static void FrontMatter()
    {
        One("unclosed-front-matter", "articles/open.md", "---\ntitle: Never closed\n\nBody text\n", Articles(), Diagnostics(Art("ART014", "articles/open.md", 1, 1)));
        One("front-matter-dashes-only", "articles/dashes.md", "---", Articles(), Diagnostics(Art("ART014", "articles/dashes.md", 1, 1)));
        One("front-matter-tabs", "articles/tabs.md", "---\ntitle: Tabs\n\tauthor: Someone\n---\nBody text.\n",
            Articles(Headline("Tabs", "Tabs", "Body text.")), Diagnostics(Art("ART003", "articles/tabs.md", 3, 1)));
        One("front-matter-anchors-and-aliases", "articles/anchors.md", "---\ntitle: &t Anchored\nsummary: *t\n---\n# Real heading\n\nBody.\n",
            Articles(Headline("Anchors", "Real heading", "Body.")), Diagnostics(Art("ART009", "articles/anchors.md", 2, 8), Art("ART009", "articles/anchors.md", 3, 10)));
        string nesting = string.Concat(Enumerable.Range(1, 500).Select(i => new string(' ', 2 * i) + "k" + i + ":\n"));
        One("front-matter-deep-nesting", "articles/deep.md", "---\ntitle: Deep\nmeta:\n" + nesting + "---\nBody.\n",
            Articles(Headline("Deep", "Deep", "Body.")), Diagnostics());
        One("front-matter-wrong-types", "articles/types.md", "---\ntitle: [a, b]\ndate: yesterday\ndraft: maybe\nslug:\n  nested: map\n---\n# Heading\nBody.\n",
            Articles(Headline("Types", "Heading", "Body.")),
            Diagnostics(Art("ART009", "articles/types.md", 2, 1), Art("ART009", "articles/types.md", 3, 7), Art("ART009", "articles/types.md", 4, 8), Art("ART009", "articles/types.md", 5, 1)));
        One("front-matter-impossible-date", "articles/date.md", "---\ntitle: Leap\ndate: 2023-02-30\n---\nBody.\n",
            Articles(Headline("Date", "Leap", "Body.")), Diagnostics(Art("ART009", "articles/date.md", 3, 7)));
        One("front-matter-duplicate-keys", "articles/dup.md", "---\ntitle: One\ntitle: Two\n---\nBody.\n",
            Articles(Headline("Dup", "One", "Body.")), Diagnostics(Art("ART003", "articles/dup.md", 3, 1)));
        One("front-matter-hostile-values", "articles/inject.md", "---\ntitle: \"\\\"; } class Injected { void M() { } } //\"\nsummary: '</summary><script>'\nx\"y: \"\\\\\"\n---\nBody.\n",
            Articles(Headline("Inject", "\"; } class Injected { void M() { } } //", "Body.", "</summary><script>")), Diagnostics());
        One("front-matter-bom-and-crlf", "articles/windows.md", "\uFEFF---\r\ntitle: Windows\r\n---\r\n\r\nBody.\r\n",
            Articles(Headline("Windows", "Windows", "Body.")), Diagnostics());
        One("front-matter-bad-entities", "articles/entities.md", "---\ntitle: Entities\nentities:\n  - Nonsense\n  - Alien: Zork\n  - Person:\n  - Place/: Paris\n  - Person: Ada Lovelace\n---\nBody.\n",
            Articles(Headline("Entities2", "Entities", "Body.")),
            Diagnostics(Art("ART010", "articles/entities.md", 4, 5), Art("ART010", "articles/entities.md", 5, 5), Art("ART010", "articles/entities.md", 6, 5),
                Art("ART010", "articles/entities.md", 7, 5), Art("ART008", "articles/entities.md", 1, 1)));
    }

    private static void Glossaries()
    {
        Many("glossary-bad-entries", () => new[]
            {
                HostileFile.Text("glossary.txt", "Person: Ada Lovelace\nbogus line\nMartian: Marvin\n  Place/: Paris\n: nothing\nignore:\n# comment\nOther: \u0000\n", "Glossary"),
            },
            Articles(),
            Diagnostics(Art("ART010", "glossary.txt", 2, 1), Art("ART010", "glossary.txt", 3, 1), Art("ART010", "glossary.txt", 4, 3),
                Art("ART010", "glossary.txt", 5, 1), Art("ART010", "glossary.txt", 6, 1)));
        var random = new Random(10);
        var noise = new byte[8192];
        random.NextBytes(noise);
        Many("glossary-binary", () => new[] { HostileFile.Raw("glossary.bin", noise, "Glossary") }, Articles(), Diagnostics(), alsoAllowed: new[] { "ART010" });
        Many("glossary-empty", () => new[] { HostileFile.Text("glossary.txt", "", "Glossary") }, Articles(), Diagnostics());
    }

    private static void CodeLookalikes()
    {
        One("quotes", "articles/quotes.txt", "He said \"hello\" and \"\"twice\"\"\n\"\nEnd \\\"escaped\\\" \"",
            Articles(Headline("Quotes", "He said \"hello\" and \"\"twice\"\"", "End \\\"escaped\\\" \"", "\"")), Diagnostics());
        One("backslashes", "articles/slashes.txt", "C:\\new\\table\\u0041\\\n\\\\server\\share \\",
            Articles(Headline("Slashes", "C:\\new\\table\\u0041\\", "", "\\\\server\\share \\")), Diagnostics());
        One("raw-string-delimiters", "articles/raw.txt", "\"\"\"raw\"\"\" and \"\"\"\"\n$\"\"\"{{x}}\"\"\"\n@\"verbatim\"\" u8\"\"\"",
            Articles(Headline("Raw", "\"\"\"raw\"\"\" and \"\"\"\"", "@\"verbatim\"\" u8\"\"\"", "$\"\"\"{{x}}\"\"\"")), Diagnostics());
        One("braces", "articles/braces.txt", "{{ }} {0} { }\n$\"{x}\" {{{{\n}",
            Articles(Headline("Braces", "{{ }} {0} { }", "}", "$\"{x}\" {{{{")), Diagnostics());
        One("comment-terminators", "articles/comments.txt", "End */ start /* line // doc /** */\n*/\n/*",
            Articles(Headline("Comments", "End */ start /* line // doc /** */", "/*", "*/")), Diagnostics());
        One("xml-doc-breakers", "articles/xml.txt", "</summary><summary>x</summary> <see cref=\"System.Object\"/> <!-- -->\n]]> <![CDATA[ & &amp; &#x0; &lt; <para>\n</remarks></para>/// <summary> &",
            Articles(Headline("Xml", "</summary><summary>x</summary> <see cref=\"System.Object\"/> <!-- -->", "</remarks></para>/// <summary> &",
                "]]> <![CDATA[ & &amp; &#x0; &lt; <para>")), Diagnostics());
        One("preprocessor-lines", "articles/directives.txt", "#line 1 \"evil.cs\"\n#error pwned\n#if false\n#define X\n#pragma warning disable\n#nullable disable\n#region r\n#endif",
            Articles(Headline("Directives", "#line 1 \"evil.cs\"", "#if false\n\n#define X\n\n#pragma warning disable\n\n#nullable disable\n\n#region r\n\n#endif", "#error pwned")), Diagnostics());
        One("escape-sequences-as-text", "articles/escapes.txt", "\\u0000 \\x00 \\U0001F600 \\0\n\\n \\t \\r \\a \\uD800\n\\\"\\u0022",
            Articles(Headline("Escapes", "\\u0000 \\x00 \\U0001F600 \\0", "\\\"\\u0022", "\\n \\t \\r \\a \\uD800")), Diagnostics());
        One("code-as-article", "articles/code.txt", "}}} namespace Evil { public class Pwned { static Pwned() { } } } namespace X {{{\n\");\nclass C { }",
            Articles(Headline("Code", "}}} namespace Evil { public class Pwned { static Pwned() { } } } namespace X {{{", "class C { }", "\");")), Diagnostics());
    }

    private static void MarkdownTricks()
    {
        One("markdown-preprocessor", "articles/pre.md", "# #error heading\n\n#if DEBUG\n#endif\n\n#line hidden\n",
            Articles(Headline("Pre", "#error heading", "#if DEBUG #endif\n\n#line hidden")), Diagnostics());
        One("markdown-hostile-inline", "articles/inline.md", "# Title with **bold** and `code`\n\n[click](javascript:void) <script>alert(1)</script> ![img](x.png)\n",
            Articles(Headline("Inline", "Title with bold and code", "click alert(1) img")), Diagnostics());
        One("markdown-lone-hash", "articles/hash.md", "#\n\nBody", Articles(), Diagnostics(Art("ART002", "articles/hash.md", 1, 1)));
        One("markdown-empty-heading", "articles/emptyheading.md", "#    \nBody", Articles(), Diagnostics(Art("ART002", "articles/emptyheading.md", 1, 1)));
        One("markdown-unbalanced-markup", "articles/unbalanced.md", "# [[[ ***\n\n**** ____ ~~~ ``` <<< >>> ](( )]\n",
            Articles(Headline("Unbalanced", "[[[ ***", "**** ____ ~~~  <<< >>> ](( )]")), Diagnostics());
    }

    private static void Options()
    {
        Cases.Add(new HostileCase("hostile-msbuild-options", () => new[] { Plain("articles/options.txt", "Options") },
            Articles(Headline("Options", "Options")),
            Diagnostics(new ExpectedDiagnostic("ART011", "", 0, 0), new ExpectedDiagnostic("ART011", "", 0, 0), new ExpectedDiagnostic("ART011", "", 0, 0)),
            new Dictionary<string, string>
            {
                ["ArticleDataNamespace"] = "System; class Evil {}",
                ["ArticleDataClassName"] = "class",
                ["ArticleDataMaxArticleSize"] = "-5",
            }));
    }
}
