/// Where text sits within a column.
public enum ColumnAlignment: Sendable, Hashable {
    /// Names and labels.
    case left
    /// Numbers, so that units, thousands and decimals line up.
    case right
    /// Short symbols.
    case center
}
