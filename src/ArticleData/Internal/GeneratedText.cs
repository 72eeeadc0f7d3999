using System;
using System.ComponentModel;
using System.Reflection;

namespace ArticleData.Internal
{
    /// <summary>Support for generated code; not meant to be called by hand.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class GeneratedText
    {
        /// <summary>
        /// The value of a generated <c>const string</c>, read from metadata. Generated code reads long article bodies
        /// this way because string literals share one 16 MB heap per assembly and constants do not.
        /// </summary>
        public static string Constant(Type type, string name)
        {
            if (type == null) throw new ArgumentNullException(nameof(type));
            var field = type.GetField(name, BindingFlags.Public | BindingFlags.Static)
                ?? throw new MissingFieldException(type.FullName, name);
            return (string)field.GetRawConstantValue()!;
        }
    }
}
