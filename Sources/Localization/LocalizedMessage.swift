/// A value that can be shown to the user in either language: a message catalogue or a user-facing error.
///
/// A catalogue is an enum with one case per message, and associated values for what varies. Its
/// `localized` property is one exhaustive `switch` with no `default`, so adding a case without writing
/// both translations does not compile, and callers name messages by case, never by string key:
///
/// ```swift
/// enum SessionMessage: LocalizedMessage {
///     case unknownCommand(String)
///     var localized: LocalizedText {
///         switch self {
///         case .unknownCommand(let name):
///             LocalizedText(fr: "Commande inconnue : \(name)", en: "Unknown command: \(name)")
///         }
///     }
/// }
/// print(SessionMessage.unknownCommand("rnu").text(in: language))
/// ```
public protocol LocalizedMessage: Sendable {
    /// The message in both languages.
    var localized: LocalizedText { get }
}

extension LocalizedMessage {
    /// The message in one language.
    public func text(in language: Language) -> String {
        localized.text(in: language)
    }
}

/// What to show the user for any error: a ``LocalizedMessage``'s text in `language`, else the error's
/// description (errors from Foundation or the system, which carry their own wording).
public func userText(_ error: any Error, in language: Language) -> String {
    (error as? any LocalizedMessage)?.text(in: language) ?? String(describing: error)
}
