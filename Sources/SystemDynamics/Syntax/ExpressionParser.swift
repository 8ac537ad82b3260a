import Localization

/// Parses XMILE-style equations: `IF c THEN a ELSE b`, `OR`, `AND`, `NOT`, comparisons, `+ -`, `* / MOD`,
/// unary signs, `^` (right-associative) and function calls, in that order of increasing precedence
/// (XMILE 1.0 §3.3.1).
public struct ExpressionParser {
    /// Deeper nesting than this is refused: it is never meant, and unbounded recursion would crash.
    static let maximumDepth = 200

    private let tokens: [Token]
    private var position = 0
    private var depth = 0

    /// Parses one equation given as segments of text with their places in a file.
    static func parse(_ segments: [SourceSegment], file: String) throws(ModelError) -> Expression {
        var parser = ExpressionParser(tokens: try ExpressionLexer(file: file).tokens(of: segments))
        let expression = try parser.parseExpression()
        guard case .end = parser.current.kind else {
            throw parser.error(
                LocalizedText(
                    fr: "\(parser.current.describe.fr) inattendu après la fin de l'équation.",
                    en: "Unexpected \(parser.current.describe.en) after the end of the equation."))
        }
        return expression
    }

    /// Parses an equation written on one line that starts at `line`:`column` of `file`.
    public static func parse(_ text: String, file: String, line: Int = 1, column: Int = 1) throws(ModelError)
        -> Expression
    {
        try parse([SourceSegment(text: text, line: line, column: column)], file: file)
    }

    private init(tokens: [Token]) { self.tokens = tokens }

    private var current: Token { tokens[position] }

    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    private func error(_ message: LocalizedText) -> ModelError {
        ModelError([Diagnostic(.error, message, at: current.location)])
    }

    private func isKeyword(_ word: String) -> Bool {
        if case .identifier(let w) = current.kind { return w.uppercased() == word }
        return false
    }

    private func isSymbol(_ s: String) -> Bool {
        if case .symbol(let x) = current.kind { return x == s }
        return false
    }

    private mutating func expectSymbol(_ s: String, _ context: LocalizedText) throws(ModelError) {
        guard isSymbol(s) else {
            throw error(
                LocalizedText(
                    fr: "« \(s) » attendu \(context.fr), trouvé \(current.describe.fr).",
                    en: "Expected '\(s)' \(context.en), found \(current.describe.en)."))
        }
        advance()
    }

    private mutating func nested<T>(_ body: (inout ExpressionParser) throws(ModelError) -> T) throws(ModelError) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw error(
                LocalizedText(
                    fr: "L'équation imbrique plus de \(Self.maximumDepth) niveaux. Découpez-la en auxiliaires.",
                    en: "The equation nests more than \(Self.maximumDepth) levels deep. Split it into auxiliaries."))
        }
        return try body(&self)
    }

    mutating func parseExpression() throws(ModelError) -> Expression {
        try nested { (p: inout ExpressionParser) throws(ModelError) in
            if p.isKeyword("IF") {
                let location = p.current.location
                p.advance()
                let condition = try p.parseExpression()
                guard p.isKeyword("THEN") else { throw p.error(
                        LocalizedText(
                            fr: "THEN attendu après la condition du IF, trouvé \(p.current.describe.fr).",
                            en: "Expected THEN after the IF condition, found \(p.current.describe.en).")) }
                p.advance()
                let whenTrue = try p.parseExpression()
                guard p.isKeyword("ELSE") else {
                    throw p.error(
                        LocalizedText(
                            fr: "ELSE attendu après IF … THEN …, trouvé \(p.current.describe.fr). Chaque IF demande un ELSE.",
                            en: "Expected ELSE after IF … THEN …, found \(p.current.describe.en). Every IF needs an ELSE."))
                }
                p.advance()
                let whenFalse = try p.parseExpression()
                return .conditional(condition, whenTrue, whenFalse, location)
            }
            return try p.parseOr()
        }
    }

    private mutating func parseOr() throws(ModelError) -> Expression {
        var left = try parseAnd()
        while isKeyword("OR") {
            let location = current.location
            advance()
            left = .binary(.or, left, try parseAnd(), location)
        }
        return left
    }

    private mutating func parseAnd() throws(ModelError) -> Expression {
        var left = try parseNot()
        while isKeyword("AND") {
            let location = current.location
            advance()
            left = .binary(.and, left, try parseNot(), location)
        }
        return left
    }

    private mutating func parseNot() throws(ModelError) -> Expression {
        if isKeyword("NOT") {
            let location = current.location
            advance()
            let operand = try nested { (p: inout ExpressionParser) throws(ModelError) in try p.parseNot() }
            return .unary(.not, operand, location)
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(ModelError) -> Expression {
        var left = try parseAdditive()
        while case .symbol(let s) = current.kind, let op = BinaryOperator(rawValue: s),
            [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual].contains(op)
        {
            let location = current.location
            advance()
            left = .binary(op, left, try parseAdditive(), location)
        }
        return left
    }

    private mutating func parseAdditive() throws(ModelError) -> Expression {
        var left = try parseMultiplicative()
        while isSymbol("+") || isSymbol("-") {
            let op: BinaryOperator = isSymbol("+") ? .add : .subtract
            let location = current.location
            advance()
            left = .binary(op, left, try parseMultiplicative(), location)
        }
        return left
    }

    private mutating func parseMultiplicative() throws(ModelError) -> Expression {
        var left = try parseUnary()
        while isSymbol("*") || isSymbol("/") || isKeyword("MOD") {
            let op: BinaryOperator = isSymbol("*") ? .multiply : isSymbol("/") ? .divide : .modulo
            let location = current.location
            advance()
            left = .binary(op, left, try parseUnary(), location)
        }
        return left
    }

    private mutating func parseUnary() throws(ModelError) -> Expression {
        if isSymbol("-") || isSymbol("+") {
            let op: UnaryOperator = isSymbol("-") ? .negate : .plus
            let location = current.location
            advance()
            let operand = try nested { (p: inout ExpressionParser) throws(ModelError) in try p.parseUnary() }
            return .unary(op, operand, location)
        }
        return try parsePower()
    }

    private mutating func parsePower() throws(ModelError) -> Expression {
        let base = try parsePrimary()
        if isSymbol("^") {
            let location = current.location
            advance()
            // Right-associative, and binds tighter than a unary sign on its left: -2^2 = -4, 2^-1 = 0.5.
            let exponent = try nested { (p: inout ExpressionParser) throws(ModelError) in try p.parseUnary() }
            return .binary(.power, base, exponent, location)
        }
        return base
    }

    private mutating func parsePrimary() throws(ModelError) -> Expression {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return .number(value, token.location)
        case .quotedName(let name):
            advance()
            return .name(canonicalName(name), token.location)
        case .identifier(let word):
            let isCall: Bool = {
                if position + 1 < tokens.count, case .symbol("(") = tokens[position + 1].kind { return true }
                return false
            }()
            if ["THEN", "ELSE", "AND", "OR"].contains(word.uppercased()) || (word.uppercased() == "MOD" && !isCall) {
                throw error(
                    LocalizedText(
                        fr: "Une valeur est attendue, trouvé le mot-clé \(word.uppercased()).",
                        en: "Expected a value, found the keyword \(word.uppercased())."))
            }
            if word.uppercased() == "IF" || word.uppercased() == "NOT" { return try parseExpression() }
            advance()
            if isSymbol("(") {
                advance()
                var arguments: [Expression] = []
                if !isSymbol(")") {
                    arguments.append(try parseExpression())
                    while isSymbol(",") {
                        advance()
                        arguments.append(try parseExpression())
                    }
                }
                try expectSymbol(
                    ")", LocalizedText(fr: "pour fermer les arguments de \(word.uppercased())", en: "to close the arguments of \(word.uppercased())"))
                return .call(canonicalName(word), arguments, token.location)
            }
            return .name(canonicalName(word), token.location)
        case .symbol("("):
            advance()
            let inner = try parseExpression()
            try expectSymbol(")", LocalizedText(fr: "pour fermer la parenthèse", en: "to close the parenthesis"))
            return inner
        case .symbol, .end:
            throw error(
                LocalizedText(
                    fr: "Un nombre, un nom ou « ( » est attendu, trouvé \(token.describe.fr).",
                    en: "Expected a number, a name or '(', found \(token.describe.en)."))
        }
    }
}

extension Token {
    /// How the token reads in a message.
    var describe: LocalizedText {
        switch kind {
        case .number(let v): return LocalizedText(fr: "le nombre \(v)", en: "the number \(v)")
        case .identifier(let w): return LocalizedText(fr: "« \(w) »", en: "'\(w)'")
        case .quotedName(let n): return LocalizedText(fr: "\"\(n)\"", en: "\"\(n)\"")
        case .symbol(let s): return LocalizedText(fr: "« \(s) »", en: "'\(s)'")
        case .end: return LocalizedText(fr: "la fin de l'équation", en: "the end of the equation")
        }
    }
}
