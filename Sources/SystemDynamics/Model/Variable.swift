/// What a variable is in a stock-and-flow model.
public enum VariableKind: String, Sendable, Hashable, CaseIterable {
    /// A level that accumulates its inflows minus its outflows; its equation is its initial value.
    case stock
    /// A rate that fills or drains stocks.
    case flow
    /// An auxiliary computed every step from other variables.
    case aux
    /// A constant (or an expression of other parameters) a user may change between runs.
    case parameter
}

/// One declared variable, with everything a reader or a user needs to know about it.
public struct Variable: Sendable, Hashable {
    /// Canonical name: lowercase, words joined by underscores (see ``canonicalName(_:)``).
    public var name: String
    /// The name as the author wrote it.
    public var displayName: String
    /// Stock, flow, aux or parameter.
    public var kind: VariableKind
    /// Declared units as written (`request/month`), if any.
    public var units: String?
    /// The equation as written (for a stock, its initial value; for a graph, its input).
    public var equation: String
    /// The parsed equation.
    public var expression: Expression
    /// One line saying what the variable means.
    public var meaning: String?
    /// Where its value or form comes from (a citation, or `estimate`).
    public var source: String?
    /// The range of plausible values, for parameters.
    public var range: ClosedRange<Double>?
    /// Labels by language code (`en`, `fr`).
    public var labels: [String: String]
    /// The meaning in other languages, by language code (`fr`); ``meaning`` is the default text.
    public var meanings: [String: String] = [:]
    /// For stocks: the canonical names of the flows that fill it.
    public var inflows: [String]
    /// For stocks: the canonical names of the flows that drain it.
    public var outflows: [String]
    /// For stocks: the stock never goes below zero.
    public var nonNegative: Bool
    /// A graphical function applied to the equation's value, if any.
    public var graph: GraphicalFunction?
    /// Where it is declared.
    public var location: SourceLocation?

    /// Creates a variable; most attributes are optional.
    public init(
        name: String, kind: VariableKind, equation: String, expression: Expression, units: String? = nil,
        meaning: String? = nil, source: String? = nil, range: ClosedRange<Double>? = nil,
        labels: [String: String] = [:], inflows: [String] = [], outflows: [String] = [], nonNegative: Bool = false,
        graph: GraphicalFunction? = nil, location: SourceLocation? = nil
    ) {
        self.name = canonicalName(name)
        self.displayName = name
        self.kind = kind
        self.units = units
        self.equation = equation
        self.expression = expression
        self.meaning = meaning
        self.source = source
        self.range = range
        self.labels = labels
        self.inflows = inflows.map(canonicalName)
        self.outflows = outflows.map(canonicalName)
        self.nonNegative = nonNegative
        self.graph = graph
        self.location = location
    }

    /// The label in `language` (a code such as `fr`), else the English label, else the display name.
    public func label(language: String) -> String {
        labels[language] ?? labels["en"] ?? displayName
    }

    /// The meaning in `language` (a code such as `fr`), else the default meaning.
    public func meaning(language: String) -> String? {
        meanings[language] ?? meaning
    }

    /// The number the equation is, when it is a plain number (`0.5`, `-2`).
    public var literalValue: Double? { isLiteralConstant ? ConstantFolding.value(of: expression) : nil }

    /// True when the equation is a plain number: such a parameter is a constant a run can replace.
    public var isLiteralConstant: Bool {
        if case .number = expression { return true }
        if case .unary(.negate, .number, _) = expression { return true }
        return false
    }
}
