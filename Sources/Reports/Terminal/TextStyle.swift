/// A visual emphasis for terminal text, drawn with an ANSI SGR escape sequence when colour is on.
public enum TextStyle: Sendable, Hashable, CaseIterable {
    /// Headers and titles.
    case bold
    /// Secondary text such as units and axes.
    case dim
    /// Unfavourable or negative differences.
    case red
    /// Favourable or positive differences.
    case green
    /// A series colour.
    case yellow
    /// A series colour.
    case blue
    /// A series colour.
    case magenta
    /// A series colour.
    case cyan

    /// The SGR parameter (ECMA-48 §8.3.117): 1 bold, 2 faint, 30–37 foreground colours.
    var sgrParameter: Int {
        switch self {
        case .bold: 1
        case .dim: 2
        case .red: 31
        case .green: 32
        case .yellow: 33
        case .blue: 34
        case .magenta: 35
        case .cyan: 36
        }
    }
}
