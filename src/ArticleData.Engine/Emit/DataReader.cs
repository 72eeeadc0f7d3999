using System;
using System.Collections.Generic;
using System.Globalization;

namespace ArticleData.Engine.Emit
{
    /// <summary>
    /// Reads numbers and strings as the engine's ArticleDataEncoder writes them (see there for the format). Compiled into
    /// the engine, which decodes its own cached data when it needs the model (ArticleDataDecoder), and into the runtime,
    /// which decodes the generated <c>__Data</c> constants: one reader, so the two cannot read the format differently.
    /// </summary>
    internal sealed class DataReader
    {
        private const char FinalFirst = '0', FinalLast = '[', ContinuationFirst = ']';
        private const int ContinuationBase = '~' - ContinuationFirst + 1;

        private readonly string _data;
        private readonly List<string> _strings = new List<string>();
        private int _position;

        public DataReader(string data) => _data = data;

        /// <summary>Where the next read starts: a table of entries can note where each begins and come back to it.</summary>
        public int Position
        {
            get => _position;
            set => _position = value;
        }

        /// <summary>A number ≥ 0: continuation digits, least significant first, then a final digit.</summary>
        public int Int() => (int)Unsigned();

        /// <summary>A zig-zag folded number: 0, 1, 2, 3, 4 … → 0, -1, 1, -2, 2 ….</summary>
        public int Signed()
        {
            uint folded = Unsigned();
            return (int)(folded >> 1) ^ -(int)(folded & 1);
        }

        private uint Unsigned()
        {
            uint value = 0, scale = 1;
            while (true)
            {
                char c = _data[_position++];
                if (c <= FinalLast) return value + (uint)(c - FinalFirst) * scale;
                value += (uint)(c - ContinuationFirst) * scale;
                scale *= ContinuationBase;
            }
        }

        /// <summary>0 null, 1 a new string (length, characters), k ≥ 2 the (k−2)th string read so far.</summary>
        public string? String()
        {
            int reference = Int();
            if (reference == 0) return null;
            if (reference > 1) return _strings[reference - 2];
            int length = Int();
            string value = _data.Substring(_position, length);
            _position += length;
            _strings.Add(value);
            return value;
        }

        /// <summary>A quantity's value: 0 none, 1 a whole number (signed), 2 any other number as round-trip text.</summary>
        public double? Number()
        {
            switch (Int())
            {
                case 0: return null;
                case 1: return Signed();
                default: return double.Parse(String()!, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        public string[] Strings()
        {
            int count = Int();
            var values = count == 0 ? Array.Empty<string>() : new string[count];
            for (int i = 0; i < values.Length; i++) values[i] = String()!;
            return values;
        }
    }
}
