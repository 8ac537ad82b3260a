import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that readers see either the old content or the new, never half of it.
///
/// The data goes to a temporary file in the target's own folder, is flushed to disk, and the temporary file
/// is then renamed over the target. `rename(2)` within one file system replaces the name atomically (POSIX
/// `rename`), so an interrupted export, a full disk or a crash leaves the user's previous file as it was.
/// A target that is a symbolic link is followed, so the linked file is replaced and the link kept.
public enum AtomicFileWriter {
    /// Replaces or creates the file at `url` with `data`.
    /// - Parameters:
    ///   - data: The complete new content.
    ///   - url: A file URL.
    ///   - createDirectories: Whether missing parent folders are created; otherwise a missing folder is an
    ///     error, since it is more often a typo than a wish.
    /// - Throws: ``FileWriteError`` naming the path and the reason; the target is then unchanged and no
    ///   temporary file is left behind.
    public static func write(_ data: Data, to url: URL, createDirectories: Bool = false) throws(FileWriteError) {
        let shownPath = url.path
        let target = url.resolvingSymlinksInPath()
        let targetPath = target.path
        let directory = target.deletingLastPathComponent().path
        func failure(_ code: Int32) -> FileWriteError {
            FileWriteError(path: shownPath, reason: FileWriteError.Reason(errno: code))
        }

        var directoryInfo = stat()
        if stat(directory, &directoryInfo) != 0 {
            let code = errno
            guard code == ENOENT, createDirectories else { throw failure(code) }
            if let code = makeDirectories(directory) { throw failure(code) }
        } else if directoryInfo.st_mode & S_IFMT != S_IFDIR {
            throw failure(ENOTDIR)
        }

        let temporaryPath = "\(directory)/.\(target.lastPathComponent).\(UInt64.random(in: .min ... .max)).tmp"
        // 0o666 lets the umask decide, as for any file the user creates; an existing file's mode is kept.
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(errno) }
        var existing = stat()
        if stat(targetPath, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
        var code = writeAll(data, to: descriptor)
        if code == 0, fsync(descriptor) != 0 { code = errno }
        if close(descriptor) != 0, code == 0 { code = errno }
        if code == 0, rename(temporaryPath, targetPath) != 0 { code = errno }
        guard code == 0 else {
            unlink(temporaryPath)
            throw failure(code)
        }
        syncDirectory(directory)
    }

    /// Creates a folder and its missing parents; returns the failing `errno`, or `nil`.
    private static func makeDirectories(_ path: String) -> Int32? {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            // An existing component is fine here; if it is a file, the open that follows reports ENOTDIR.
            if mkdir(current, 0o777) != 0, errno != EEXIST { return errno }
        }
        return nil
    }

    /// Flushes the folder so that the rename itself survives a power cut (fsync(2), "Notes"); a failure
    /// here cannot undo the write, so it is not reported.
    private static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }
}

/// Writes every byte, retrying after signals and partial writes; returns the failing `errno`, or 0.
private func writeAll(_ data: Data, to descriptor: Int32) -> Int32 {
    data.withUnsafeBytes { buffer -> Int32 in
        guard let base = buffer.baseAddress else { return 0 }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }
}

extension FileWriteError.Reason {
    /// The reason for a system error number.
    init(errno code: Int32) {
        switch code {
        case ENOENT: self = .directoryMissing
        case ENOTDIR: self = .notADirectory
        case EISDIR: self = .isADirectory
        case EACCES, EPERM: self = .permissionDenied
        case EROFS: self = .readOnlyFileSystem
        case ENOSPC, EDQUOT: self = .noSpace
        default: self = .other(String(cString: strerror(code)))
        }
    }
}
