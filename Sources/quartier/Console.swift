import Foundation
import Localization
import Reports

/// Writing to the terminal, and the language of messages, for every subcommand.
enum Console {
    /// The user's language: French when LANG (or LC_ALL, LC_MESSAGES) starts with `fr`.
    static let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)

    /// The text in the user's language.
    static func localized(fr: String, en: String) -> String { LocalizedText(fr: fr, en: en).text(in: language) }

    /// Writes a line to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes an error on standard error: in the user's language when it has both texts, as it describes
    /// itself otherwise.
    static func error(_ error: any Error) {
        self.error(userText(error, in: language))
    }

    /// Writes text to standard output as it is.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes text, with a final newline if it has none.
    static func outputLine(_ text: String) {
        output(text.hasSuffix("\n") ? text : text + "\n")
    }
}
