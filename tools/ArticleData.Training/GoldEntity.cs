using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ArticleData.Engine.Model;

namespace ArticleData.Training;

/// <summary>A gold entity as the corpora's JSON gives it: kind, surfaces, and (GUM only) each mention's line, column and length.</summary>
internal sealed record GoldEntity(EntityKind Kind, string[] Surfaces, (int Line, int Column, int Length)[] Spans)
{
    public static GoldEntity[] Read(string goldPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var entities = new List<GoldEntity>();
        foreach (var e in json.RootElement.GetProperty("entities").EnumerateArray())
        {
            var surfaces = new List<string> { e.GetProperty("name").GetString() ?? "" };
            if (e.TryGetProperty("aliases", out var aliases)) foreach (var a in aliases.EnumerateArray()) surfaces.Add(a.GetString() ?? "");
            var spans = new List<(int, int, int)>();
            if (e.TryGetProperty("spans", out var given))
            {
                foreach (var s in given.EnumerateArray()) spans.Add((s[0].GetInt32(), s[1].GetInt32(), s[2].GetInt32()));
            }
            entities.Add(new GoldEntity(KindOf(e.GetProperty("kind").GetString()), surfaces.ToArray(), spans.ToArray()));
        }
        return entities.ToArray();
    }

    private static EntityKind KindOf(string? kind) => kind switch
    {
        "Person" => EntityKind.Person,
        "Place" => EntityKind.Place,
        "Organization" => EntityKind.Organization,
        _ => EntityKind.Other,
    };
}
