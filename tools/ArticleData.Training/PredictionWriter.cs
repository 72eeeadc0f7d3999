using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ArticleData.Engine.Model;

namespace ArticleData.Training;

/// <summary>Writes entities in the shape of `articledata inspect --format json` that ../shared/tools/score.py reads.</summary>
internal static class PredictionWriter
{
    public static void Write(string path, IEnumerable<(string Path, EquatableArray<EntityInfo> Entities)> articles)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteStartArray("articles");
        foreach (var (articlePath, entities) in articles)
        {
            w.WriteStartObject();
            w.WriteString("path", articlePath);
            w.WriteStartArray("entities");
            foreach (var e in entities)
            {
                w.WriteStartObject();
                w.WriteString("name", e.Name);
                w.WriteString("kind", e.Kind.ToString());
                w.WriteStartArray("aliases");
                foreach (var a in e.Aliases) w.WriteStringValue(a);
                w.WriteEndArray();
                w.WriteStartArray("mentions");
                foreach (var m in e.Mentions)
                {
                    w.WriteStartObject();
                    w.WriteString("text", m.Text);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
