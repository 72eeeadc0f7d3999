using System;
using System.IO;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Snapshots;

/// <summary>The snapshot helper's own conventions: received files, diffs, accept mode.</summary>
public sealed class SnapshotHelperTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("articledata-snapshot-").FullName;

    private string Verified => Path.Combine(_directory, "T.M.verified.cs");
    private string Received => Path.Combine(_directory, "T.M.received.cs");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Paths_follow_Verify_conventions_beside_the_test_file()
    {
        string path = Snapshot.VerifiedPath("/repo/tests/X/FooTests.cs", "Bar", "ArticleData.Catalog.g", "cs");

        Assert.Equal("/repo/tests/X/FooTests.Bar#ArticleData.Catalog.g.verified.cs", path.Replace('\\', '/'));
        Assert.Equal("/repo/tests/X/FooTests.Bar#ArticleData.Catalog.g.received.cs", Snapshot.ReceivedPath(path).Replace('\\', '/'));
    }

    [Fact]
    public void A_missing_verified_file_fails_and_writes_the_received_file()
    {
        string failure = Snapshot.Check(Verified, "new output\n", accept: false);

        Assert.Contains("No verified snapshot T.M.verified.cs", failure);
        Assert.Contains(Snapshot.AcceptVariable + "=1", failure);
        Assert.Equal("new output\n", File.ReadAllText(Received));
        Assert.False(File.Exists(Verified));
    }

    [Fact]
    public void A_mismatch_fails_with_a_diff_and_writes_the_received_file()
    {
        File.WriteAllText(Verified, "a\nb\nc\nd\ne\nf\ng\nh\n");

        string failure = Snapshot.Check(Verified, "a\nb\nc\nd\nE\nf\ng\nh\n", accept: false);

        Assert.Contains("Snapshot T.M.verified.cs differs", failure);
        Assert.EndsWith("--- verified\n+++ received\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h", failure);
        Assert.Equal("a\nb\nc\nd\nE\nf\ng\nh\n", File.ReadAllText(Received));
    }

    [Fact]
    public void The_project_directory_in_line_directives_becomes_a_placeholder_and_article_text_stays()
    {
        static string Generated(string directory) =>
            $"    #line (1, 1) - (1, 5) 33 \"{directory}/articles/a.txt\"\n    public const string Title = \"/home/ann/News is my folder\";\n    #line default\n";

        string scrubbed = Snapshot.ScrubProjectDirectory(Generated("/home/ann/News"), "/home/ann/News/");

        Assert.Equal(Generated("{ProjectDirectory}"), scrubbed);
        Assert.Equal(scrubbed, Snapshot.ScrubProjectDirectory(Generated("/srv/ci/News"), "/srv/ci/News"));
    }

    [Fact]
    public void A_match_passes_and_removes_a_stale_received_file()
    {
        File.WriteAllText(Verified, "same\r\ntext\r\n");
        File.WriteAllText(Received, "old attempt");

        Assert.Equal("", Snapshot.Check(Verified, "same\ntext\n", accept: false));
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Accept_mode_overwrites_the_verified_file_and_deletes_the_received_one()
    {
        File.WriteAllText(Verified, "old\n");
        File.WriteAllText(Received, "new\n");

        Assert.Equal("", Snapshot.Check(Verified, "new\n", accept: true));
        Assert.Equal("new\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void The_diff_shows_added_and_removed_lines_at_the_ends()
    {
        Assert.Equal("--- verified\n+++ received\n@@ -1,2 +1,3 @@\n x\n y\n+z", Snapshot.Diff("x\ny", "x\ny\nz"));
        Assert.Equal("--- verified\n+++ received\n@@ -1,2 +1,1 @@\n-w\n x", Snapshot.Diff("w\nx", "x"));
    }

    [Fact]
    public void A_long_diff_is_cut_short()
    {
        string diff = Snapshot.Diff("1\n2\n3\n4\n5\n6\n7", "a\nb\nc\nd\ne\nf\ng", maxLines: 6);

        Assert.Equal(7, diff.Split('\n').Length);
        Assert.EndsWith("more diff lines)", diff);
    }
}
