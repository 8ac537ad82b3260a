/// A failure to read or write the history file. History is a convenience: the session goes on without it.
public struct HistoryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was being done with the history file when it failed.
    public enum Operation: Sendable, Hashable {
        /// Reading the saved history at start-up.
        case load
        /// Creating the folder that holds the history file.
        case createFolder
        /// Writing the history file.
        case save
    }

    /// What was being done.
    public let operation: Operation
    /// The file or folder concerned.
    public let path: String
    /// The system's explanation, such as "Permission denied".
    public let reason: String

    /// Creates an error for `operation` on `path`, explained by `reason`.
    public init(operation: Operation, path: String, reason: String) {
        self.operation = operation
        self.path = path
        self.reason = reason
    }

    /// The message in English: what failed, where, and how to fix it.
    public var description: String { message(inFrench: false) }

    /// The message for the user, in French or English.
    ///
    /// - Parameter inFrench: `true` for French, `false` for English.
    /// - Returns: One sentence naming the file and the cause, then the remedy.
    public func message(inFrench: Bool) -> String {
        switch (operation, inFrench) {
        case (.load, false):
            "Cannot read the command history \(path): \(reason). Earlier commands are not available; "
                + "check the file's permissions or delete it."
        case (.load, true):
            "Impossible de lire l'historique des commandes \(path) : \(reason). Les commandes précédentes "
                + "ne sont pas disponibles ; vérifiez les droits du fichier ou supprimez-le."
        case (.createFolder, false):
            "Cannot create the folder for the command history \(path): \(reason). Commands will not be "
                + "remembered; check the permissions or set XDG_STATE_HOME to a writable folder."
        case (.createFolder, true):
            "Impossible de créer le dossier de l'historique des commandes \(path) : \(reason). Les "
                + "commandes ne seront pas mémorisées ; vérifiez les droits ou donnez à XDG_STATE_HOME "
                + "un dossier accessible en écriture."
        case (.save, false):
            "Cannot save the command history to \(path): \(reason). Commands will not be remembered; "
                + "check the permissions and free disk space."
        case (.save, true):
            "Impossible d'enregistrer l'historique des commandes dans \(path) : \(reason). Les commandes "
                + "ne seront pas mémorisées ; vérifiez les droits et l'espace disque."
        }
    }
}
