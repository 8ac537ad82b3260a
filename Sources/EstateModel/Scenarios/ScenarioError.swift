import SystemDynamics

/// One problem found in a scenario file or plan: where it is and what to do.
public struct ScenarioIssue: Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is (file, line and column), when it comes from a file.
    public var location: SourceLocation?
    /// What is wrong, the allowed values and, for a misspelt name, the closest valid one.
    public var message: String

    /// Creates an issue.
    public init(location: SourceLocation?, message: String) {
        self.location = location
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: message`, or `error: message` without a location.
    public var description: String {
        if let location { return "\(location): error: \(message)" }
        return "error: \(message)"
    }
}


/// A scenario that cannot be used: every problem found, one per line in `description`.
public struct ScenarioError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, in file order.
    public var issues: [ScenarioIssue]

    /// Creates an error from its problems.
    public init(_ issues: [ScenarioIssue]) { self.issues = issues }

    /// Creates an error with one problem.
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.init([ScenarioIssue(location: location, message: message)])
    }

    /// Every problem, one per line.
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
