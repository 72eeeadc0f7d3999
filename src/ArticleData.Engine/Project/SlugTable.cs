using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArticleData.Engine.Emit;
using ArticleData.Engine.Model;

namespace ArticleData.Engine.Project;

/// <summary>One article's claim on a slug: the slug it asks for and whether it parsed well enough to generate.</summary>
public sealed record SlugRequest(string FilePath, string RelativePath, string RequestedSlug, bool Usable);

/// <summary>
/// The slug and class name an article got, or why it got none; and whether its class gets a file of its own or shares
/// one with other articles (<see cref="ArticleFiles"/>: only in projects of more than a thousand articles).
/// </summary>
public sealed record SlugAssignment(string Slug, string ClassName, bool Generate, EquatableArray<ArticleDiagnostic> Diagnostics, bool OwnFile = true)
{
    public static SlugAssignment None { get; } = new("", "", false, EquatableArray<ArticleDiagnostic>.Empty);
}

/// <summary>
/// Gives every article of the project its slug and class name, deterministically (ordered by path, never by the
/// order files arrive in): a duplicate slug is an error on the later file, a class-name clash after sanitising gets a
/// numbered name and a warning.
/// </summary>
public sealed record SlugTable(EquatableArray<(string FilePath, SlugAssignment Assignment)> Entries)
{
    /// <summary>The assignment of one file; entries are sorted by path, so this is a binary search.</summary>
    public SlugAssignment For(string filePath)
    {
        int index = Entries.BinarySearch(filePath, e => e.FilePath);
        return index < 0 ? SlugAssignment.None : Entries[index].Assignment;
    }

    public static SlugTable Build(IEnumerable<SlugRequest> requests, string catalogClassName, string entitiesClassName)
    {
        var ordered = requests
            .GroupBy(r => r.FilePath, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(r => r.RelativePath, StringComparer.Ordinal).ThenBy(r => r.FilePath, StringComparer.Ordinal)
            .ToList();
        var entries = new List<(string, SlugAssignment)>();
        var slugOwners = new Dictionary<string, SlugRequest>(StringComparer.Ordinal);
        var accepted = new List<(SlugRequest Request, string Slug, string Identifier)>();
        // ART004 is reported at both files, so the user finds the pair from either: the later is not generated, the first is.
        var claimedAgain = new Dictionary<SlugRequest, List<ArticleDiagnostic>>();
        foreach (var request in ordered)
        {
            if (!request.Usable) { entries.Add((request.FilePath, SlugAssignment.None)); continue; }
            string slug = Normalize(request.RequestedSlug);
            string? identifier = slug.Length == 0 ? null : ClassName(slug);
            if (identifier is null)
            {
                entries.Add((request.FilePath, Failed(request, DiagnosticIds.InvalidSlug,
                    $"The slug '{request.RequestedSlug}' has no letter or digit, so it cannot name a C# class. Rename the file or set a Slug: <Article Include=\"…\" Slug=\"my-article\" />.")));
                continue;
            }
            if (slugOwners.TryGetValue(slug, out var owner))
            {
                entries.Add((request.FilePath, Failed(request, DiagnosticIds.DuplicateSlug,
                    $"The slug '{slug}' is already taken by '{owner.RelativePath}'; this article is not generated. Give one of them another Slug (item metadata or front matter).")));
                if (!claimedAgain.TryGetValue(owner, out var claims)) claimedAgain[owner] = claims = new List<ArticleDiagnostic>();
                claims.Add(new ArticleDiagnostic(DiagnosticIds.DuplicateSlug,
                    $"The slug '{slug}' of this article is claimed again by '{request.RelativePath}', which is not generated. Give one of them another Slug (item metadata or front matter).",
                    owner.FilePath, 1, 1, 0));
                continue;
            }
            slugOwners.Add(slug, request);
            accepted.Add((request, slug, identifier));
        }

        // Class names also name the generated files, and Roslyn compares hint names ignoring case: "Aσ" and "Aς"
        // are two C# names but one hint name, so they must differ ignoring case too.
        var names = Identifiers.Unique(accepted.Select(a => a.Identifier).ToList(), new[] { catalogClassName, entitiesClassName },
            StringComparer.OrdinalIgnoreCase);
        bool ownFiles = ArticleFiles.Groups(accepted.Count) == 0;
        for (int i = 0; i < accepted.Count; i++)
        {
            var (request, slug, identifier) = accepted[i];
            var diagnostics = claimedAgain.TryGetValue(request, out var claims) ? claims : new List<ArticleDiagnostic>();
            if (names[i] != identifier)
            {
                diagnostics.Add(new ArticleDiagnostic(DiagnosticIds.ClassNameCollision,
                    $"The slug '{slug}' maps to the class name '{identifier}', which another article or a generated member already has; this article's class is '{names[i]}'. Give it a distinct Slug to choose the name.",
                    request.FilePath, 1, 1, 0));
            }
            entries.Add((request.FilePath, new SlugAssignment(slug, names[i], true, diagnostics.ToEquatableArray(), ownFiles)));
        }
        return new SlugTable(entries.OrderBy(e => e.Item1, StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>
    /// The class name a slug asks for, cut to <see cref="MaxClassNameLength"/> characters: it is also the generated
    /// file's name, and a file name longer than 255 bytes cannot be written when the project emits generated files.
    /// </summary>
    private static string? ClassName(string slug)
    {
        string? identifier = Identifiers.FromWords(slug);
        return identifier is { Length: > MaxClassNameLength } ? identifier.Substring(0, MaxClassNameLength) : identifier;
    }

    /// <summary>At most 3 UTF-8 bytes a character (identifiers hold no surrogates): 48 keeps a hint name under 200 bytes, with room for the folders obj/ puts it in.</summary>
    public const int MaxClassNameLength = 48;

    /// <summary>"Putin: Beijing!" → "putin-beijing": lower case, letters and digits, single hyphens between words.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (c == '\'' || c == '\u2019') continue;
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-') builder.Append('-');
        }
        return builder.ToString().TrimEnd('-');
    }

    private static SlugAssignment Failed(SlugRequest request, string id, string message) =>
        new("", "", false, new EquatableArray<ArticleDiagnostic>(new[]
        {
            new ArticleDiagnostic(id, message, request.FilePath, 1, 1, 0),
        }));
}
