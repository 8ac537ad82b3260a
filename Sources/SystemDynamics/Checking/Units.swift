/// A unit as a product of named base units with integer exponents (`euro/dwelling/month` is
/// euro¹·dwelling⁻¹·month⁻¹); the empty product is dimensionless.
struct Units: Sendable, Hashable, CustomStringConvertible {
    var exponents: [String: Int]

    static let dimensionless = Units(exponents: [:])

    /// Names that mean "no unit".
    static let dimensionlessNames: Set<String> = ["1", "dmnl", "dimensionless", "unitless", "fraction"]

    /// Parses `a*b/c^2`, `1/month`, `(a/b)/c`; `nil` when the text is not a unit expression.
    init?(parsing text: String) {
        var parser = UnitParser(chars: Array(text.replacingOccurrences(of: " ", with: "")))
        guard let units = parser.parseProduct(), parser.position == parser.chars.count else { return nil }
        self = units
    }

    init(exponents: [String: Int]) { self.exponents = exponents.filter { $0.value != 0 } }

    static func * (a: Units, b: Units) -> Units {
        Units(exponents: a.exponents.merging(b.exponents, uniquingKeysWith: +))
    }

    static func / (a: Units, b: Units) -> Units { a * b.power(-1) }

    func power(_ n: Int) -> Units { Units(exponents: exponents.mapValues { $0 * n }) }

    var description: String {
        if exponents.isEmpty { return "dmnl" }
        func part(_ items: [(String, Int)]) -> String {
            items.sorted { $0.0 < $1.0 }.map { $0.1 == 1 ? $0.0 : "\($0.0)^\($0.1)" }.joined(separator: "*")
        }
        let top = exponents.filter { $0.value > 0 }.map { ($0.key, $0.value) }
        let bottom = exponents.filter { $0.value < 0 }.map { ($0.key, -$0.value) }
        let numerator = top.isEmpty ? "1" : part(top)
        return bottom.isEmpty ? numerator : numerator + "/" + (bottom.count > 1 ? "(\(part(bottom)))" : part(bottom))
    }
}

private struct UnitParser {
    let chars: [Character]
    var position = 0

    mutating func parseProduct() -> Units? {
        guard var result = parseFactor() else { return nil }
        while position < chars.count, chars[position] == "*" || chars[position] == "/" {
            let divide = chars[position] == "/"
            position += 1
            guard let next = parseFactor() else { return nil }
            result = divide ? result / next : result * next
        }
        return result
    }

    mutating func parseFactor() -> Units? {
        var base: Units
        if position < chars.count, chars[position] == "(" {
            position += 1
            guard let inner = parseProduct(), position < chars.count, chars[position] == ")" else { return nil }
            position += 1
            base = inner
        } else {
            let start = position
            while position < chars.count, !"*/^()".contains(chars[position]) { position += 1 }
            let name = String(chars[start..<position]).lowercased()
            guard !name.isEmpty else { return nil }
            if Units.dimensionlessNames.contains(name) {
                base = .dimensionless
            } else if name.allSatisfy(\.isNumber) {
                return nil
            } else {
                base = Units(exponents: [name: 1])
            }
        }
        if position < chars.count, chars[position] == "^" {
            position += 1
            let start = position
            if position < chars.count, chars[position] == "-" { position += 1 }
            while position < chars.count, chars[position].isNumber { position += 1 }
            guard let n = Int(String(chars[start..<position])) else { return nil }
            base = base.power(n)
        }
        return base
    }
}
