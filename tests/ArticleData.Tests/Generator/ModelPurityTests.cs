using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ArticleData.Engine.Model;
using ArticleData.Engine.Project;
using ArticleData.Generator;
using ArticleData.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleData.Tests.Generator;

/// <summary>
/// Models that cross pipeline steps must be plain values: a symbol, syntax node, compilation, semantic model or
/// location inside one would keep a whole compilation alive and make every step look modified on every keystroke.
/// </summary>
public class ModelPurityTests
{
    private static readonly Type[] Forbidden = { typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(SemanticModel), typeof(Location), typeof(AdditionalText) };

    [Fact]
    public void No_model_type_holds_compiler_objects_or_bare_collections()
    {
        var problems = new List<string>();
        foreach (var type in ReachableTypes(RootTypes()))
        {
            foreach (var field in InstanceFields(type))
            {
                var t = field.FieldType;
                if (Forbidden.Any(f => f.IsAssignableFrom(t)) || t == typeof(object))
                {
                    problems.Add($"{type.Name}.{field.Name} is a {t.Name}");
                }
                // Arrays and lists compare by reference: inside a model they make equal values look different.
                bool wrapped = IsEquatableArray(t) || IsEquatableArray(type); // EquatableArray itself wraps an array
                if (!wrapped && t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t))
                {
                    problems.Add($"{type.Name}.{field.Name} is a {t.Name}, which is not value-equatable; use EquatableArray");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_model_type_is_value_equatable()
    {
        var problems = ReachableTypes(RootTypes())
            .Where(t => !t.IsPrimitive && !t.IsEnum && t != typeof(string) && !IsEquatableToItself(t))
            .Select(t => t.FullName);
        Assert.Empty(problems);
    }

    [Fact]
    public void The_roots_cover_every_value_the_pipeline_really_tracks()
    {
        var result = GeneratorHarness.Run(new[]
        {
            new TestFile(Repo.SeedFile, Repo.SeedText),
            new TestFile("articles/m.md", "---\ntitle: T\ndate: 2024-01-02\nextra: x\n---\nBody *text*.\n"),
            new TestFile("articles/empty.txt", ""),
            new TestFile("glossary.txt", "Person: Ada Lovelace\n", Kind: "Glossary"),
        });
        var roots = RootTypes().ToHashSet();
        var reachable = ReachableTypes(roots).ToHashSet();
        // Deep types are walked too, not just the roots.
        Assert.Contains(typeof(SourceAnchor), reachable);
        Assert.Contains(typeof(QuantityInfo), reachable);
        Assert.Contains(typeof(Glossary), reachable);
        var tracked = result.Driver.GetRunResult().Results.Single().TrackedSteps
            .Where(s => typeof(TrackingNames).GetField(s.Key) is not null)
            .SelectMany(s => s.Value.SelectMany(r => r.Outputs.Select(o => (s.Key, Type: o.Value.GetType()))));
        foreach (var (step, type) in tracked)
        {
            Assert.True(reachable.Contains(type), $"step {step} outputs {type}, which the purity walk does not cover");
        }
    }

    /// <summary>Every type in the engine's Model and Project namespaces that holds data (not static helpers).</summary>
    private static IEnumerable<Type> RootTypes() =>
        typeof(ArticleDocument).Assembly.GetTypes()
            .Where(t => t.Namespace is "ArticleData.Engine.Model" or "ArticleData.Engine.Project")
            .Where(t => !(t.IsAbstract && t.IsSealed) && !t.IsInterface && !typeof(IIncrementalGenerator).IsAssignableFrom(t))
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) && !t.IsNested)
            .Where(t => !t.IsGenericTypeDefinition)
            .Append(typeof(EquatableArray<string>))
            .Concat(PipelineTupleTypes());

    /// <summary>Values the pipeline carries as tuples rather than named records.</summary>
    private static IEnumerable<Type> PipelineTupleTypes() => new[] { typeof(ValueTuple<InputFile, ArticleDocument>) };

    private static IEnumerable<Type> ReachableTypes(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (type.IsArray) type = type.GetElementType()!;
            if (Nullable.GetUnderlyingType(type) is { } underlying) type = underlying;
            if (!seen.Add(type)) continue;
            if (type.IsGenericType) foreach (var argument in type.GetGenericArguments()) queue.Enqueue(argument);
            if (type.IsPrimitive || type.IsEnum || type == typeof(string)) continue;
            foreach (var field in InstanceFields(type)) queue.Enqueue(field.FieldType);
        }
        return seen;
    }

    private static IEnumerable<FieldInfo> InstanceFields(Type type)
    {
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            foreach (var f in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)) yield return f;
        }
    }

    private static bool IsEquatableArray(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(EquatableArray<>);

    private static bool IsEquatableToItself(Type type) =>
        typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type);
}
