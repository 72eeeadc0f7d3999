using System.IO;
using ArticleData.Tests.Infrastructure;
using Xunit;

namespace ArticleData.Tests.Quality;

/// <summary>Tests that read ../shared return quietly only on a machine without it; under CI its absence fails them.</summary>
public class SharedFolderTests
{
    private static string Missing => Path.Combine(Path.GetTempPath(), "articledata-no-shared-" + System.Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_missing_shared_folder_fails_where_it_is_required()
    {
        var thrown = Assert.Throws<DirectoryNotFoundException>(() => Repo.SharedFolder(null, required: true, "corpora", "gum-news"));
        Assert.Contains(Repo.RequireSharedVariable, thrown.Message);
        Assert.Throws<DirectoryNotFoundException>(() => Repo.SharedFolder(Path.GetTempPath(), required: true, Path.GetFileName(Missing)));
    }

    [Fact]
    public void A_missing_shared_folder_is_null_on_a_developer_s_machine()
    {
        Assert.Null(Repo.SharedFolder(null, required: false, "corpora", "gum-news"));
        Assert.Null(Repo.SharedFolder(Path.GetTempPath(), required: false, Path.GetFileName(Missing)));
    }

    [Fact]
    public void A_present_folder_is_returned_whether_required_or_not()
    {
        string root = Path.GetDirectoryName(Repo.Root.TrimEnd(Path.DirectorySeparatorChar))!;
        string name = Path.GetFileName(Repo.Root.TrimEnd(Path.DirectorySeparatorChar));
        Assert.Equal(Path.Combine(root, name, "tests"), Repo.SharedFolder(root, required: true, name, "tests"));
        Assert.Equal(Path.Combine(root, name, "tests"), Repo.SharedFolder(root, required: false, name, "tests"));
    }
}
