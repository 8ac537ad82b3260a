import EstateModel

/// The part of a session that changes can touch, kept whole for undo and redo: the scenario (its
/// parameters and plans) and the plan being edited.
struct EditableState: Sendable, Equatable {
    /// The scenario with the session's changes.
    var scenario: Scenario
    /// The name of the plan being edited and run.
    var currentPlan: String
}

/// One change made in the session: what it was, and the state on the other side of it (before the
/// change on the undo stack, after it on the redo stack).
struct Change: Sendable {
    /// What the change did, for `changes`, `undo` and `redo`.
    var description: SessionMessage
    /// The state to go back (or forward) to.
    var state: EditableState
}
