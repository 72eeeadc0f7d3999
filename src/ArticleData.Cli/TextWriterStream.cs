using System;
using System.IO;
using System.Text;

namespace ArticleData.Cli;

/// <summary>
/// A write-only stream that decodes UTF-8 bytes onto a TextWriter, so Utf8JsonWriter can write to whatever the
/// program was given as its output (stdout in the tool, a StringWriter in tests) without buffering a whole document.
/// </summary>
internal sealed class TextWriterStream : Stream
{
    private readonly TextWriter _writer;
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private char[] _chars = new char[4096];

    public TextWriterStream(TextWriter writer) => _writer = writer;

    public override void Write(byte[] buffer, int offset, int count)
    {
        int needed = _decoder.GetCharCount(buffer, offset, count, flush: false);
        if (needed > _chars.Length) _chars = new char[Math.Max(needed, _chars.Length * 2)];
        // A multi-byte character split across two writes is kept in the decoder until its last byte arrives.
        int written = _decoder.GetChars(buffer, offset, count, _chars, 0, flush: false);
        _writer.Write(_chars, 0, written);
    }

    public override void Flush() => _writer.Flush();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
