using System;
using System.Collections.Generic;

namespace ArticleData.Engine.Project;

/// <summary>Project-relative paths with '/' separators, so that generated code never holds where a machine keeps the project.</summary>
public static class Paths
{
    public static string Relative(string? baseDirectory, string path)
    {
        string full = Normalize(path);
        if (string.IsNullOrEmpty(baseDirectory)) return FileName(full);
        string root = Normalize(baseDirectory!).TrimEnd('/');
        var rootParts = root.Split('/');
        var pathParts = full.Split('/');
        int common = 0;
        var comparison = StringComparison.Ordinal;
        while (common < rootParts.Length && common < pathParts.Length - 1 && string.Equals(rootParts[common], pathParts[common], comparison)) common++;
        if (common == 0) return FileName(full);
        var parts = new List<string>();
        for (int i = common; i < rootParts.Length; i++) parts.Add("..");
        for (int i = common; i < pathParts.Length; i++) parts.Add(pathParts[i]);
        return string.Join("/", parts);
    }

    public static string FileName(string path)
    {
        string normalized = Normalize(path);
        int slash = normalized.LastIndexOf('/');
        return slash < 0 ? normalized : normalized.Substring(slash + 1);
    }

    public static string FileNameWithoutExtension(string path)
    {
        string name = FileName(path);
        int dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
