/// A place in a model file, for messages that say where something is wrong.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file name as given by the user (or a descriptive name for text that has no file).
    public var file: String
    /// The line, counting from 1.
    public var line: Int
    /// The column, counting characters from 1.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COLUMN`, the form editors and terminals recognise.
    public var description: String { "\(file):\(line):\(column)" }
}
