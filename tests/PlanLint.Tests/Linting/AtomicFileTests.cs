using PlanLint.IO;

namespace PlanLint.Tests.Linting;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planlint-atomic-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Writes_a_new_file_and_replaces_an_old_one()
    {
        string path = Path.Combine(folder, "out.sarif");
        AtomicFile.Write(path, s => s.Write("first"u8));
        File.ReadAllText(path).ShouldBe("first");
        AtomicFile.Write(path, s => s.Write("second"u8));
        File.ReadAllText(path).ShouldBe("second");
        Directory.GetFiles(folder).ShouldBe([path]);
    }

    [Fact]
    public void A_failed_write_leaves_the_old_file_untouched_and_no_temporary_file()
    {
        string path = Path.Combine(folder, "out.sarif");
        File.WriteAllText(path, "previous");

        Should.Throw<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write("half of the new"u8);
            throw new InvalidOperationException("formatter failed");
        }));

        File.ReadAllText(path).ShouldBe("previous");
        Directory.GetFiles(folder).ShouldBe([path]);
    }

    [Fact]
    public void The_temporary_file_is_in_the_same_folder_so_the_rename_is_atomic()
    {
        string path = Path.Combine(folder, "out.sarif");
        string? seen = null;
        AtomicFile.Write(path, s => seen = ((FileStream)s).Name);
        Path.GetDirectoryName(seen).ShouldBe(folder);
        seen.ShouldNotBe(path);
    }
}
