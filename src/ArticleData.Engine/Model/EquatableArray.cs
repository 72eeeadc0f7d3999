using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace ArticleData.Engine.Model;

/// <summary>
/// An immutable array compared by its elements, so that models holding lists stay value-equatable
/// and the incremental pipeline can tell an unchanged article from a changed one.
/// </summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    public EquatableArray(T[] items) => _items = items;

    public EquatableArray(IEnumerable<T> items) => _items = items.ToArray();

    public static EquatableArray<T> Empty => new(Array.Empty<T>());

    public int Count => _items?.Length ?? 0;

    public T this[int index] => _items![index];

    public bool IsEmpty => Count == 0;

    public bool Equals(EquatableArray<T> other)
    {
        var a = _items ?? Array.Empty<T>();
        var b = other._items ?? Array.Empty<T>();
        if (a.Length != b.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        if (_items is null) return 0;
        var comparer = EqualityComparer<T>.Default;
        int hash = 17;
        foreach (var item in _items)
        {
            hash = unchecked(hash * 31 + (item is null ? 0 : comparer.GetHashCode(item)));
        }
        return hash;
    }

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>The index of the item whose key is <paramref name="key"/>, in items sorted by that key (ordinal); -1 if none.</summary>
    public int BinarySearch(string key, Func<T, string> keyOf)
    {
        int lo = 0, hi = Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            int order = string.CompareOrdinal(keyOf(_items![mid]), key);
            if (order == 0) return mid;
            if (order < 0) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    public T[] ToArray() => _items is null ? Array.Empty<T>() : (T[])_items.Clone();

    /// <summary>A struct enumerator, so that <c>foreach</c> over a model's lists allocates nothing (extraction loops over them per sentence).</summary>
    public Enumerator GetEnumerator() => new(_items ?? Array.Empty<T>());

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        public T Current => _items[_index];

        public bool MoveNext() => ++_index < _items.Length;
    }
}

public static class EquatableArray
{
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items);
}
