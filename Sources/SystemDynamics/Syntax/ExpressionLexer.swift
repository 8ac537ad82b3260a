import Localization

/// A token of an equation.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case number(Double)
        case identifier(String)  // as written; canonicalised by the parser
        case quotedName(String)
        case symbol(String)  // + - * / ^ ( ) , = <> < <= > >=
        case end
    }
    var kind: Kind
    var location: SourceLocation
}

/// A piece of equation text and where it starts in its file (an equation may span several lines).
struct SourceSegment: Sendable {
    var text: String
    var line: Int
    var column: Int
}

/// Splits equation text into tokens, recording where each one starts.
struct ExpressionLexer {
    let file: String

    func tokens(of segments: [SourceSegment]) throws(ModelError) -> [Token] {
        var tokens: [Token] = []
        var last = SourceLocation(file: file, line: segments.first?.line ?? 1, column: segments.first?.column ?? 1)
        for segment in segments {
            let chars = Array(segment.text)
            var i = 0
            func here() -> SourceLocation { SourceLocation(file: file, line: segment.line, column: segment.column + i) }
            while i < chars.count {
                let c = chars[i]
                if c.isWhitespace {
                    i += 1
                    continue
                }
                let start = here()
                if c.isNumber || (c == "." && i + 1 < chars.count && chars[i + 1].isNumber) {
                    var j = i
                    while j < chars.count, chars[j].isNumber || chars[j] == "." { j += 1 }
                    if j < chars.count, chars[j] == "e" || chars[j] == "E" {
                        var k = j + 1
                        if k < chars.count, chars[k] == "+" || chars[k] == "-" { k += 1 }
                        if k < chars.count, chars[k].isNumber {
                            j = k
                            while j < chars.count, chars[j].isNumber { j += 1 }
                        }
                    }
                    let text = String(chars[i..<j])
                    guard let value = Double(text), value.isFinite else {
                        throw ModelError([Diagnostic(.error, LocalizedText(fr: "« \(text) » n'est pas un nombre.", en: "'\(text)' is not a number."), at: start)])
                    }
                    tokens.append(Token(kind: .number(value), location: start))
                    i = j
                } else if c.isLetter || c == "_" || c == "$" {
                    var j = i
                    while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" || chars[j] == "$" {
                        j += 1
                    }
                    tokens.append(Token(kind: .identifier(String(chars[i..<j])), location: start))
                    i = j
                } else if c == "\"" {
                    var j = i + 1
                    while j < chars.count, chars[j] != "\"" { j += 1 }
                    guard j < chars.count else {
                        throw ModelError([
                            Diagnostic(
                                .error,
                                LocalizedText(
                                    fr: "Ce nom entre guillemets n'a pas de '\"' fermant. Ajoutez-en un après le nom.",
                                    en: "This quoted name has no closing '\"'. Add one after the name."),
                                at: start)
                        ])
                    }
                    tokens.append(Token(kind: .quotedName(String(chars[(i + 1)..<j])), location: start))
                    i = j + 1
                } else {
                    let two = i + 1 < chars.count ? String(chars[i...(i + 1)]) : ""
                    if ["<>", "<=", ">=", "=="].contains(two) {
                        tokens.append(Token(kind: .symbol(two == "==" ? "=" : two), location: start))
                        i += 2
                    } else if "+-*/^(),=<>".contains(c) {
                        tokens.append(Token(kind: .symbol(String(c)), location: start))
                        i += 1
                    } else {
                        throw ModelError([
                            Diagnostic(
                                .error,
                                LocalizedText(
                                    fr: "Caractère inattendu « \(c) » dans une équation. Les équations utilisent des nombres, des noms, "
                                        + "+ - * / ^, des comparaisons, AND, OR, NOT, IF THEN ELSE et des appels de fonction.",
                                    en: "Unexpected character '\(c)' in an equation. Equations use numbers, names, "
                                        + "+ - * / ^, comparisons, AND, OR, NOT, IF THEN ELSE and function calls."),
                                at: start)
                        ])
                    }
                }
                last = here()
            }
        }
        tokens.append(Token(kind: .end, location: last))
        return tokens
    }
}
