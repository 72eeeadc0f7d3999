using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using ArticleData.Engine.Extraction.Entities.Tagging;

namespace ArticleData.Training;

/// <summary>
/// The settings a shipped model was trained with; the defaults are the shipped model's. 40 epochs rather than 10: the
/// medians over tagger seeds are the same, the spread between seeds narrower (README, The name tagger).
/// </summary>
internal sealed record TrainingSettings(int Epochs = 40, int Bits = 18, ulong Seed = 15)
{
    public override string ToString() => $"epochs={Epochs} bits={Bits} seed={Seed}";
}

/// <summary>Trains a model on documents and writes it as the engine reads it.</summary>
internal static class Trainer
{
    public static TaggerModel Train(List<TrainingDocument> documents, TrainingSettings settings)
    {
        var perceptron = new Perceptron(settings.Bits);
        perceptron.Train(documents, settings.Epochs, settings.Seed);
        return perceptron.ToModel();
    }

    public static byte[] Bytes(TaggerModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }

    public static string Sha256(byte[] bytes) => System.Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}
