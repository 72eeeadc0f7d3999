using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using ArticleData.Engine.Project;
using Xunit;

namespace ArticleData.Tests.Parsing;

/// <summary>
/// The engine decodes an article file's bytes as the compiler decodes an AdditionalFile, so the command line reads
/// what the build reads. Checked against the compiler's own decoder (Roslyn's internal EncodedStringText.Create, the
/// one csc uses for files it reads), reached by reflection: if Roslyn renames it, this test says so.
/// </summary>
public sealed class FileTextTests
{
    public static TheoryData<string, byte[]> Files => new()
    {
        { "ascii", Encoding.ASCII.GetBytes("Headline\n\nBody.\n") },
        { "utf8 without mark", Encoding.UTF8.GetBytes("Café in Zürich\n\nÉté.\n") },
        { "utf8 with mark", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Café\n\nBody.\n")).ToArray() },
        { "utf16 le with mark", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Wide\n\nBody ü.\n")).ToArray() },
        { "utf16 be with mark", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Wide\n\nBody ü.\n")).ToArray() },
        { "empty", Array.Empty<byte>() },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Decodes_as_the_compiler_does(string name, byte[] bytes)
    {
        string compiler = CompilerDecode(bytes), ours = FileText.Decode(bytes);
        Assert.True(compiler == ours, $"{name}: compiler [{string.Join(",", compiler.Select(c => (int)c))}] engine [{string.Join(",", ours.Select(c => (int)c))}]");
    }

    /// <summary>
    /// Bytes that are not UTF-8 are decoded by the compiler with its platform's fallback encoding: Windows-1252 where
    /// the code-page provider is registered, U+FFFD replacements where it is not (Roslyn's decoder gives those in this
    /// test process on Linux). The engine always reads them as Latin-1, which agrees with Windows-1252 outside
    /// 0x80–0x9F; so on such files the command line can differ from a Linux build (not from a Windows one).
    /// </summary>
    [Fact]
    public void A_byte_order_mark_is_not_text_and_invalid_utf8_falls_back_to_latin1()
    {
        Assert.Equal("Café", FileText.Decode(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Café")).ToArray()));
        Assert.Equal("Café", FileText.Decode(new byte[] { (byte)'C', (byte)'a', (byte)'f', 0xE9 }));
    }

    private static string CompilerDecode(byte[] bytes)
    {
        var type = typeof(Microsoft.CodeAnalysis.Text.SourceText).Assembly.GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!;
        var create = type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(m => m.Name == "Create" && m.GetParameters().Length > 1 && m.GetParameters()[0].ParameterType == typeof(Stream)
                && m.GetParameters()[1].ParameterType == typeof(Encoding))
            .OrderBy(m => m.GetParameters().Length).First(); // (stream, default encoding, checksum algorithm, …)
        var arguments = create.GetParameters().Select((p, i) => i == 0 ? new MemoryStream(bytes) : p.HasDefaultValue ? p.DefaultValue : Type.Missing).ToArray();
        return create.Invoke(null, arguments)!.ToString()!;
    }
}
