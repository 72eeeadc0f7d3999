using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleData.Engine.Extraction;
using ArticleData.Engine.Extraction.Entities.Tagging;
using ArticleData.Engine.Model;
using ArticleData.Engine.Parsing;

namespace ArticleData.Training;

/// <summary>
/// dotnet run -c Release --project tools/ArticleData.Training -- COMMAND [options]
///   train     [--out FILE]                 trains on gum-news, gum-train and the own corpus; writes the engine's weights
///   crossval  [--folds 5] [--out DIR] [--use LIST]
///                                          k-fold by document: trains on the other folds, predicts each held-out document;
///                                          writes DIR/{set}.json (tagger) and DIR/rules-{set}.json (rules alone) for score.py
///   predict   [--weights FILE] [--use LIST] --out FILE ARTICLES...
///                                          extraction with a given model and use of it (for design choices on gum-dev)
///   speed     [--runs 20]                  extraction throughput of the own corpus, rules alone against rules + tagger
/// Common: --repo DIR (default: the directory holding Generator.sln above the current one), --shared DIR (default
/// REPO/../shared), --epochs N, --bits B, --seed S. LIST: none, or parts of TaggerUse: filter,hint,type,strengthen,add,split,alone
/// (default: the engine's own, filter,hint).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0) return Usage();
        var options = Options.Parse(args.Skip(1).ToArray());
        string repo = options.Get("--repo") ?? FindRepository();
        string shared = options.Get("--shared") ?? Path.GetFullPath(Path.Combine(repo, "..", "shared"));
        var shipped = new TrainingSettings();
        var settings = new TrainingSettings(
            options.Get("--epochs") is { } epochs ? int.Parse(epochs) : shipped.Epochs,
            options.Get("--bits") is { } bits ? int.Parse(bits) : shipped.Bits,
            options.Get("--seed") is { } seed ? ulong.Parse(seed) : shipped.Seed);
        switch (args[0])
        {
            case "train": return Train(repo, shared, settings, options.Get("--out") ?? DefaultWeights(repo));
            case "crossval": return CrossValidate(repo, shared, settings, int.Parse(options.Get("--folds") ?? "5"), options.Get("--out") ?? "crossval", Use(options));
            case "speed": return SpeedCheck.Run(repo, int.Parse(options.Get("--runs") ?? "20"));
            case "predict": return Predict(options.Get("--weights"), Use(options), options.Get("--out") ?? "predictions.json", options.Positional);
            default: return Usage();
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: ArticleData.Training train|crossval|predict [options] (see Program.cs)");
        return 2;
    }

    public static string DefaultWeights(string repo) =>
        Path.Combine(repo, "src", "ArticleData.Engine", "Extraction", "Entities", "Tagging", "name-tagger.bin");

    private static int Train(string repo, string shared, TrainingSettings settings, string output)
    {
        var documents = TrainingCorpus.Load(repo, shared);
        var bytes = Trainer.Bytes(Trainer.Train(documents, settings));
        File.WriteAllBytes(output, bytes);
        string record = $"{Trainer.Sha256(bytes)} {settings} documents={documents.Count} tokens={documents.Sum(d => d.Tokens)} bytes={bytes.Length}";
        // The checksum beside the weights: a test compares it with the embedded file, another retrains and compares bytes.
        File.WriteAllText(Path.ChangeExtension(output, ".sha256"), record + "\n");
        Console.WriteLine(record + " -> " + output);
        return 0;
    }

    private static int CrossValidate(string repo, string shared, TrainingSettings settings, int folds, string output, TaggerUse use)
    {
        var documents = TrainingCorpus.Load(repo, shared);
        var tagged = new List<(TrainingDocument, EquatableArray<EntityInfo>)>();
        var spans = TrainingCorpus.Sets.ToDictionary(s => s, s => new SpanScore());
        for (int fold = 0; fold < folds; fold++)
        {
            var train = documents.Where((d, i) => i % folds != fold).ToList();
            var model = Trainer.Train(train, settings);
            for (int i = fold; i < documents.Count; i += folds)
            {
                tagged.Add((documents[i], EntityExtractor.Extract(documents[i].Document, Glossary.Empty, model, use)));
                var d = documents[i];
                var tagger = NameTagger.For(model, ArticleData.Engine.Extraction.Entities.Gazetteer.Default, ArticleData.Engine.Extraction.Entities.GlossaryIndex.Empty,
                    new ArticleData.Engine.Extraction.Entities.WordSet(d.Texts), d.Texts);
                for (int b = 0; b < d.Texts.Count; b++)
                {
                    var tags = new byte[d.Texts[b].Count];
                    tagger.Tag(d.Texts[b], b == 0 && EntityExtractor.IsTitleCase(d.Texts[0]), tags);
                    spans[d.Set].Add(d.Gold[b], tags);
                }
            }
            Console.WriteLine($"fold {fold + 1}/{folds}: trained on {train.Count} documents");
        }
        foreach (var set in TrainingCorpus.Sets) Console.WriteLine($"{set}: {spans[set]}");
        foreach (var set in TrainingCorpus.Sets)
        {
            PredictionWriter.Write(Path.Combine(output, set + ".json"), tagged.Where(t => t.Item1.Set == set).Select(t => (t.Item1.Path, t.Item2)));
            PredictionWriter.Write(Path.Combine(output, "rules-" + set + ".json"),
                documents.Where(d => d.Set == set).Select(d => (d.Path, EntityExtractor.Extract(d.Document, Glossary.Empty, null, TaggerUse.None))));
        }
        Console.WriteLine($"{documents.Count} documents in {folds} folds (document i in fold i mod {folds}); predictions in {output}/");
        return 0;
    }

    private static int Predict(string? weights, TaggerUse use, string output, List<string> articles)
    {
        TaggerModel? model = weights is null ? TaggerModel.Default : TaggerModel.Read(File.OpenRead(weights));
        PredictionWriter.Write(output, articles.Select(a => (a, EntityExtractor.Extract(ArticleParser.Parse(a, File.ReadAllText(a)), Glossary.Empty, model, use))));
        return 0;
    }

    private static TaggerUse Use(Options options)
    {
        string? list = options.Get("--use");
        if (list is null) return EntityExtractor.DefaultUse;
        var use = TaggerUse.None;
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part != "none") use |= Enum.Parse<TaggerUse>(part, ignoreCase: true);
        }
        return use;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Run inside the repository or pass --repo.");
    }
}

/// <summary>--name value pairs and positional arguments.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _named = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = new();

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) o._named[args[i]] = args[++i];
            else o.Positional.Add(args[i]);
        }
        return o;
    }

    public string? Get(string name) => _named.TryGetValue(name, out var v) ? v : null;
}
