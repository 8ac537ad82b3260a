import Foundation

/// Equation text as XMILE writes it, before and after the expression parser.
enum XMILEEquationText {
    /// The text ready for the expression parser: `{comments}` (XMILE 1.0 §3.2.3) and escaped line breaks
    /// `\n` inside quoted names become spaces, so that every other character keeps its column. An unclosed
    /// `{` is left in place for the caller to report.
    static func prepared(_ text: String) -> String {
        var result = ""
        var comment = ""  // the comment being read, put back as is if it never closes
        for character in text.replacingOccurrences(of: "\\n", with: "  ") {
            if !comment.isEmpty {
                comment.append(character)
                if character == "}" {
                    result += String(comment.map { $0 == "\n" ? "\n" : " " })
                    comment = ""
                }
            } else if character == "{" {
                comment = "{"
            } else {
                result.append(character)
            }
        }
        result += comment
        return result
    }

    /// The expression with each bare `PI` read as the constant π, `PI()`.
    static func callingPi(_ expression: Expression) -> Expression {
        switch expression {
        case .name("pi", let location): return .call("pi", [], location)
        case .number, .name: return expression
        case .unary(let op, let x, let location): return .unary(op, callingPi(x), location)
        case .binary(let op, let a, let b, let location): return .binary(op, callingPi(a), callingPi(b), location)
        case .call(let f, let arguments, let location): return .call(f, arguments.map(callingPi), location)
        case .conditional(let c, let a, let b, let location):
            return .conditional(callingPi(c), callingPi(a), callingPi(b), location)
        }
    }
}
