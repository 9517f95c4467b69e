using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PlanLint.IO;

/// <summary>What a path names once symbolic links are followed.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Pipe,
    CharacterDevice,
    BlockDevice,
    Socket,

    /// <summary>The kind could not be told (the operating system call is not available, or refused).</summary>
    Unknown,
}

/// <summary>Which file a path or handle is, however it was reached: the device and inode (Unix) or volume and file index (Windows).</summary>
public readonly record struct FileIdentity(ulong Device, ulong Index);

/// <summary>
/// The kind and identity of a file as the operating system sees it (stat/fstat on Unix, GetFileInformationByHandle on
/// Windows). .NET gives neither: a FIFO or a device looks like an empty file, and a hard link like a different file.
/// </summary>
public readonly partial record struct FileStatus(FileKind Kind, FileIdentity? Identity)
{
    public static readonly FileStatus Missing = new(FileKind.Missing, null);

    public bool IsSpecial => Kind is FileKind.Pipe or FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Socket;

    /// <summary>The file a path names, following symbolic links.</summary>
    public static FileStatus Of(string path)
    {
        try
        {
            if (OperatingSystem.IsWindows())
                return Windows.Of(path);
            return Unix.Of(path) ?? Managed(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Managed(path);
        }
    }

    /// <summary>The file an open handle refers to.</summary>
    public static FileStatus Of(SafeFileHandle handle)
    {
        try
        {
            if (OperatingSystem.IsWindows())
                return Windows.Of(handle);
            return Unix.Of(handle) ?? new FileStatus(FileKind.Unknown, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileStatus(FileKind.Unknown, null);
        }
    }

    /// <summary>A description of a special file for a message: "a named pipe (FIFO)", "a device", …</summary>
    public string Describe() => Kind switch
    {
        FileKind.Pipe => "a named pipe (FIFO)",
        FileKind.CharacterDevice or FileKind.BlockDevice => "a device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        FileKind.Missing => "missing",
        FileKind.Regular => "a file",
        _ => "not a regular file",
    };

    /// <summary>Where the operating system cannot be asked: folders and files only, and no identity.</summary>
    private static FileStatus Managed(string path) =>
        Directory.Exists(path) ? new(FileKind.Directory, null)
        : File.Exists(path) ? new(FileKind.Unknown, null)
        : Missing;

    private static FileKind KindOfMode(uint mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Pipe,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    /// <summary>stat(2) and fstat(2) through libc, reading only the fields needed from each platform's struct stat.</summary>
    private static partial class Unix
    {
        private const int BufferSize = 512;
        private const int ENOENT = 2;
        private const int ENOTDIR = 20;

        private static readonly Layout? Current = Layout.ForThisPlatform();
        private static bool useLegacyGlibc;

        public static FileStatus? Of(string path)
        {
            if (Current is not { } layout) return null;
            Span<byte> buffer = stackalloc byte[BufferSize];
            int result;
            try
            {
                result = useLegacyGlibc ? XStat(layout.LegacyVersion, path, buffer) : layout.IsMac ? MacStat(path, buffer) : Stat(path, buffer);
            }
            catch (EntryPointNotFoundException) when (!useLegacyGlibc && !layout.IsMac)
            {
                // glibc before 2.33 exports stat only as __xstat.
                useLegacyGlibc = true;
                return Of(path);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return null;
            }

            if (result != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                return errno is ENOENT or ENOTDIR ? Missing : new FileStatus(FileKind.Unknown, null);
            }

            return layout.Read(buffer);
        }

        public static FileStatus? Of(SafeFileHandle handle)
        {
            if (Current is not { } layout || handle.IsInvalid || handle.IsClosed) return null;
            Span<byte> buffer = stackalloc byte[BufferSize];
            bool added = false;
            try
            {
                handle.DangerousAddRef(ref added);
                int fd = (int)handle.DangerousGetHandle();
                int result;
                try
                {
                    result = useLegacyGlibc ? FXStat(layout.LegacyVersion, fd, buffer) : layout.IsMac ? MacFStat(fd, buffer) : FStat(fd, buffer);
                }
                catch (EntryPointNotFoundException) when (!useLegacyGlibc && !layout.IsMac)
                {
                    useLegacyGlibc = true;
                    result = FXStat(layout.LegacyVersion, fd, buffer);
                }

                return result == 0 ? layout.Read(buffer) : null;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return null;
            }
            finally
            {
                if (added) handle.DangerousRelease();
            }
        }

        [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        private static partial int Stat(string path, Span<byte> buffer);

        [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
        private static partial int FStat(int fd, Span<byte> buffer);

        [LibraryImport("libc", EntryPoint = "__xstat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        private static partial int XStat(int version, string path, Span<byte> buffer);

        [LibraryImport("libc", EntryPoint = "__fxstat", SetLastError = true)]
        private static partial int FXStat(int version, int fd, Span<byte> buffer);

        // The 64-bit-inode struct stat; on Intel Macs that is the "$INODE64" variant.
        [LibraryImport("libc", EntryPoint = "stat$INODE64", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        private static partial int MacStatX64(string path, Span<byte> buffer);

        [LibraryImport("libc", EntryPoint = "fstat$INODE64", SetLastError = true)]
        private static partial int MacFStatX64(int fd, Span<byte> buffer);

        private static int MacStat(string path, Span<byte> buffer) =>
            RuntimeInformation.ProcessArchitecture == Architecture.X64 ? MacStatX64(path, buffer) : Stat(path, buffer);

        private static int MacFStat(int fd, Span<byte> buffer) =>
            RuntimeInformation.ProcessArchitecture == Architecture.X64 ? MacFStatX64(fd, buffer) : FStat(fd, buffer);

        /// <summary>Where st_dev, st_ino and st_mode sit in a platform's struct stat.</summary>
        private sealed record Layout(bool IsMac, int DeviceSize, int ModeOffset, int ModeSize, int InodeOffset, int LegacyVersion)
        {
            public static Layout? ForThisPlatform()
            {
                var architecture = RuntimeInformation.ProcessArchitecture;
                if (OperatingSystem.IsLinux())
                {
                    return architecture switch
                    {
                        // x86_64: st_dev, st_ino, st_nlink (8 bytes each), st_mode.
                        Architecture.X64 => new Layout(false, 8, 24, 4, 8, 1),
                        // The generic layout (arm64, riscv64, loongarch64): st_dev, st_ino, st_mode, st_nlink.
                        Architecture.Arm64 or Architecture.RiscV64 or Architecture.LoongArch64 => new Layout(false, 8, 16, 4, 8, 0),
                        _ => null,
                    };
                }

                if (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
                {
                    // Darwin: dev_t (4 bytes), mode_t (2), nlink_t (2), ino_t (8).
                    return OperatingSystem.IsMacOS() ? new Layout(true, 4, 4, 2, 8, 0) : null;
                }

                return null;
            }

            public FileStatus Read(ReadOnlySpan<byte> buffer)
            {
                ulong device = DeviceSize == 8 ? BinaryPrimitives.ReadUInt64LittleEndian(buffer) : BinaryPrimitives.ReadUInt32LittleEndian(buffer);
                uint mode = ModeSize == 4 ? BinaryPrimitives.ReadUInt32LittleEndian(buffer[ModeOffset..]) : BinaryPrimitives.ReadUInt16LittleEndian(buffer[ModeOffset..]);
                ulong inode = BinaryPrimitives.ReadUInt64LittleEndian(buffer[InodeOffset..]);
                return new FileStatus(KindOfMode(mode), new FileIdentity(device, inode));
            }
        }
    }

    /// <summary>GetFileType and GetFileInformationByHandle: the console and pipes are not disk files; the volume and index name a file.</summary>
    private static partial class Windows
    {
        private const uint FileTypeDisk = 1, FileTypeChar = 2, FileTypePipe = 3;

        public static FileStatus Of(string path)
        {
            if (Directory.Exists(path)) return new FileStatus(FileKind.Directory, null);
            if (!File.Exists(path)) return Missing;
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return Of(handle);
        }

        public static FileStatus Of(SafeFileHandle handle)
        {
            try
            {
                uint type = GetFileType(handle);
                if (type == FileTypeChar) return new FileStatus(FileKind.CharacterDevice, null);
                if (type == FileTypePipe) return new FileStatus(FileKind.Pipe, null);
                if (type != FileTypeDisk) return new FileStatus(FileKind.Unknown, null);
                Span<byte> info = stackalloc byte[52];
                if (!GetFileInformationByHandle(handle, info)) return new FileStatus(FileKind.Unknown, null);
                const uint directoryAttribute = 0x10;
                uint attributes = BinaryPrimitives.ReadUInt32LittleEndian(info);
                ulong volume = BinaryPrimitives.ReadUInt32LittleEndian(info[28..]);
                ulong index = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(info[44..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(info[48..]);
                return new FileStatus((attributes & directoryAttribute) != 0 ? FileKind.Directory : FileKind.Regular, new FileIdentity(volume, index));
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return new FileStatus(FileKind.Unknown, null);
            }
        }

        [LibraryImport("kernel32.dll")]
        private static partial uint GetFileType(SafeFileHandle handle);

        [LibraryImport("kernel32.dll", SetLastError = true)]
        [return: MarshalAs(UnmanagedType.Bool)]
        private static partial bool GetFileInformationByHandle(SafeFileHandle handle, Span<byte> information);
    }
}
