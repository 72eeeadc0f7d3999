using System;
using System.IO;
using System.Linq;
using ArticleData.Tests.Infrastructure;
using ArticleData.Training;
using Xunit;

namespace ArticleData.Tests.Extraction.Tagging;

/// <summary>
/// The shipped weights are what their training data and settings give: the recorded checksum is the embedded file's,
/// training is deterministic, and (where ../shared is present) retraining reproduces the shipped file byte for byte.
/// </summary>
public class TaggerTrainingTests
{
    private static string WeightsPath => ArticleData.Training.Program.DefaultWeights(Repo.Root);

    private static byte[] Embedded()
    {
        using var stream = typeof(ArticleData.Engine.Extraction.EntityExtractor).Assembly.GetManifestResourceStream("ArticleData.Tagger.name-tagger.bin")!;
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void The_embedded_weights_are_the_committed_file_with_the_recorded_checksum()
    {
        string recorded = File.ReadAllText(Path.ChangeExtension(WeightsPath, ".sha256")).Split(' ')[0];
        Assert.Equal(File.ReadAllBytes(WeightsPath), Embedded());
        Assert.Equal(recorded, Trainer.Sha256(Embedded()));
    }

    [Fact]
    public void Training_twice_on_the_same_documents_gives_the_same_bytes()
    {
        var documents = TrainingCorpus.Load(Repo.Root, Repo.Shared ?? "", new[] { "own" }).Take(8).ToList();
        var settings = new TrainingSettings(Epochs: 2, Bits: 12);
        var first = Trainer.Bytes(Trainer.Train(documents, settings));
        var second = Trainer.Bytes(Trainer.Train(TrainingCorpus.Load(Repo.Root, Repo.Shared ?? "", new[] { "own" }).Take(8).ToList(), settings));
        Assert.Equal(first, second);
        Assert.NotEqual(first, Trainer.Bytes(Trainer.Train(documents, settings with { Seed = 16 })));
    }

    [Fact]
    public void Retraining_with_the_recorded_settings_reproduces_the_shipped_weights()
    {
        if (Repo.SharedFolder("corpora") is null) return; // no ../shared on this machine (under CI, SharedFolder fails instead)
        var bytes = Trainer.Bytes(Trainer.Train(TrainingCorpus.Load(Repo.Root, Repo.Shared!), new TrainingSettings()));
        Assert.True(bytes.SequenceEqual(Embedded()), "the shipped weights are not what training gives: run `dotnet run -c Release --project tools/ArticleData.Training -- train` and commit");
    }
}
