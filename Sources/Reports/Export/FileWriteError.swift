import Localization

/// A file that could not be written, with the path and the reason in words the user can act on.
public struct FileWriteError: Error, Sendable, Hashable, LocalizedMessage, CustomStringConvertible {
    /// Why the write failed.
    public enum Reason: Sendable, Hashable {
        /// The folder that should contain the file does not exist.
        case directoryMissing
        /// A component of the path that should be a folder is a file.
        case notADirectory
        /// The path names a folder, not a file.
        case isADirectory
        /// The system refused access (`EACCES`, `EPERM`).
        case permissionDenied
        /// The file system is mounted read-only.
        case readOnlyFileSystem
        /// The disk or the user's quota is full.
        case noSpace
        /// Another system error, with the system's own wording.
        case other(String)
    }

    /// The path as the user gave it.
    public var path: String
    /// Why it failed.
    public var reason: Reason

    /// Creates an error.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// What went wrong, where, and how to fix it, in both languages.
    public var localized: LocalizedText {
        let why: LocalizedText
        switch reason {
        case .directoryMissing:
            why = LocalizedText(
                fr: "le dossier n’existe pas ; créez-le ou choisissez un autre chemin",
                en: "the folder does not exist; create it or choose another path")
        case .notADirectory:
            why = LocalizedText(
                fr: "une partie du chemin est un fichier, pas un dossier ; vérifiez le chemin",
                en: "part of the path is a file, not a folder; check the path")
        case .isADirectory:
            why = LocalizedText(
                fr: "c’est un dossier ; donnez un nom de fichier", en: "it is a folder; give a file name")
        case .permissionDenied:
            why = LocalizedText(
                fr: "permission refusée ; choisissez un dossier où vous pouvez écrire",
                en: "permission denied; choose a folder you can write to")
        case .readOnlyFileSystem:
            why = LocalizedText(
                fr: "le disque est en lecture seule ; choisissez un autre emplacement",
                en: "the disk is read-only; choose another location")
        case .noSpace:
            why = LocalizedText(
                fr: "le disque est plein ; libérez de la place ou choisissez un autre disque",
                en: "the disk is full; free some space or choose another disk")
        case .other(let systemReason):
            why = LocalizedText(fr: systemReason, en: systemReason)
        }
        return LocalizedText(
            fr: "Impossible d’écrire \(path) : \(why.fr).", en: "Cannot write \(path): \(why.en).")
    }

    /// The English message.
    public var description: String { localized.en }
}
