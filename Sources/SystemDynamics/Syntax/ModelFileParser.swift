import Localization

/// What a model file declares, before any checking across declarations.
struct ModelDeclarations: Sendable {
    var name: String
    var specs: SimulationSpecs
    var variables: [Variable]
    var diagnostics: [Diagnostic]
    /// Where the simulation settings are written, for messages about them.
    var specsLocation: SourceLocation? = nil
}

/// Reads the Quartier model language (`docs/model-language.md`): a block per declaration, a kind keyword at
/// the start of a line, indented attribute lines below it, `#` comments. Every problem found is collected.
struct ModelFileParser {
    let file: String

    static let variableKinds: [String: VariableKind] = [
        "stock": .stock, "flow": .flow, "aux": .aux, "parameter": .parameter,
    ]
    static let blockKeywords = ["model", "simulation"] + VariableKind.allCases.map(\.rawValue)
    static let variableAttributes = [
        "meaning", "source", "range", "in", "out", "graph", "graph_type", "non_negative",
    ]
    static let simulationAttributes = ["start", "stop", "dt", "method", "time_units", "save_every"]

    /// One physical line, without its comment.
    private struct Line {
        var number: Int
        var text: String
        var indented: Bool
    }

    func parse(_ text: String) -> ModelDeclarations {
        var result = ModelDeclarations(name: "", specs: SimulationSpecs(), variables: [], diagnostics: [])
        var blocks: [[Line]] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = Self.withoutComment(String(raw))
            guard content.contains(where: { !$0.isWhitespace }) else { continue }
            let line = Line(number: index + 1, text: content, indented: content.first?.isWhitespace == true)
            if line.indented {
                if blocks.isEmpty {
                    result.diagnostics.append(
                        diagnostic(
                            LocalizedText(
                                fr: "Une ligne en retrait doit suivre une déclaration comme « stock », « flow », « aux » ou "
                                    + "« parameter ». Retirez le retrait ou ajoutez la déclaration au-dessus.",
                                en: "An indented line must follow a declaration such as 'stock', 'flow', 'aux' or "
                                    + "'parameter'. Remove the indentation or add the declaration above it."), line.number, 1))
                    continue
                }
                blocks[blocks.count - 1].append(line)
            } else {
                blocks.append([line])
            }
        }
        for block in blocks { parseBlock(block, into: &result) }
        return result
    }

    /// The line without a `#` comment (a `#` inside double quotes is kept).
    static func withoutComment(_ line: String) -> String {
        var inQuotes = false
        var result = ""
        for c in line {
            if c == "\"" { inQuotes.toggle() }
            if c == "#" && !inQuotes { break }
            result.append(c)
        }
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result.replacingTabs()
    }

    private func diagnostic(_ message: LocalizedText, _ line: Int, _ column: Int, variable: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: SourceLocation(file: file, line: line, column: column), variable: variable)
    }

    private func parseBlock(_ block: [Line], into result: inout ModelDeclarations) {
        let head = block[0]
        let chars = Array(head.text)
        var i = 0
        while i < chars.count, chars[i].isLetter || chars[i] == "_" { i += 1 }
        let keyword = String(chars[0..<i]).lowercased()
        switch keyword {
        case "model":
            let rest = String(chars[i...]).trimmed
            result.name = rest.count >= 2 && rest.first == "\"" && rest.last == "\"" ? String(rest.dropFirst().dropLast()) : rest
            for line in block.dropFirst() {
                result.diagnostics.append(diagnostic(LocalizedText(fr: "« model » ne prend pas d'attributs : supprimez cette ligne.", en: "'model' takes no attributes; remove this line."), line.number, 1))
            }
        case "simulation":
            result.specsLocation = SourceLocation(file: file, line: head.number, column: 1)
            parseSimulation(block, into: &result)
        default:
            if let kind = Self.variableKinds[keyword] {
                if let variable = parseVariable(kind: kind, block: block, keywordEnd: i, diagnostics: &result.diagnostics) {
                    result.variables.append(variable)
                }
            } else {
                let word = keyword.isEmpty ? String(chars.prefix { !$0.isWhitespace }) : keyword
                let hint = NameSuggestion.didYouMean(word, in: Self.blockKeywords)
                result.diagnostics.append(
                    diagnostic(
                        LocalizedText(
                            fr: "« \(word) » ne commence pas une déclaration. Une déclaration commence par l'un de : "
                                + Self.blockKeywords.joined(separator: ", ") + "." + hint.fr,
                            en: "'\(word)' does not start a declaration. A declaration starts with one of: "
                                + Self.blockKeywords.joined(separator: ", ") + "." + hint.en), head.number, 1))
            }
        }
    }

    /// `key: value` on an indented line, with the column where the value starts.
    private func attribute(of line: Line) -> (key: String, value: String, column: Int)? {
        let chars = Array(line.text)
        var i = 0
        while i < chars.count, chars[i].isWhitespace { i += 1 }
        let keyStart = i
        while i < chars.count, chars[i].isLetter || chars[i] == "_" { i += 1 }
        let key = String(chars[keyStart..<i]).lowercased()
        if key.isEmpty { return nil }
        var j = i
        while j < chars.count, chars[j] == " " { j += 1 }
        if j == chars.count && key == "non_negative" { return (key, "", keyStart + 1) }
        guard j < chars.count, chars[j] == ":" else { return nil }
        j += 1
        while j < chars.count, chars[j] == " " { j += 1 }
        return (key, String(chars[j...]), j + 1)
    }

    private func parseSimulation(_ block: [Line], into result: inout ModelDeclarations) {
        for line in block.dropFirst() {
            guard let (key, value, column) = attribute(of: line) else {
                result.diagnostics.append(
                    diagnostic(
                        LocalizedText(
                            fr: "« nom: valeur » attendu ici, parmi : " + Self.simulationAttributes.joined(separator: ", ") + ".",
                            en: "Expected 'name: value' here, one of: " + Self.simulationAttributes.joined(separator: ", ") + "."),
                        line.number, 1))
                continue
            }
            switch key {
            case "start", "stop", "dt", "save_every":
                do {
                    let expression = try ExpressionParser.parse(value, file: file, line: line.number, column: column)
                    guard let number = ConstantFolding.value(of: expression) else {
                        result.diagnostics.append(diagnostic(
                                LocalizedText(fr: "« \(key) » doit être un nombre (comme 0.25 ou 1/4).", en: "'\(key)' must be a number (such as 0.25 or 1/4)."),
                                line.number, column))
                        continue
                    }
                    switch key {
                    case "start": result.specs.start = number
                    case "stop": result.specs.stop = number
                    case "dt": result.specs.dt = number
                    default: result.specs.saveEvery = number
                    }
                } catch {
                    result.diagnostics += error.diagnostics
                }
            case "method":
                if let method = IntegrationMethod(rawValue: value.lowercased()) {
                    result.specs.method = method
                } else {
                    result.diagnostics.append(
                        diagnostic(
                            LocalizedText(fr: "Méthode inconnue « \(value) ». Utilisez « euler » ou « rk4 ».", en: "Unknown method '\(value)'. Use 'euler' or 'rk4'."),
                            line.number, column))
                }
            case "time_units":
                result.specs.timeUnits = value
            default:
                result.diagnostics.append(
                    diagnostic(
                        LocalizedText(
                            fr: "Réglage de simulation inconnu « \(key) ». Réglages connus : " + Self.simulationAttributes.joined(separator: ", ")
                                + "." + NameSuggestion.didYouMean(key, in: Self.simulationAttributes).fr,
                            en: "Unknown simulation setting '\(key)'. Known settings: " + Self.simulationAttributes.joined(separator: ", ")
                                + "." + NameSuggestion.didYouMean(key, in: Self.simulationAttributes).en), line.number, line.text.firstNonSpaceColumn))
            }
        }
    }

    private func parseVariable(kind: VariableKind, block: [Line], keywordEnd: Int, diagnostics: inout [Diagnostic])
        -> Variable?
    {
        let head = block[0]
        let chars = Array(head.text)
        var i = keywordEnd
        while i < chars.count, chars[i] == " " { i += 1 }
        // The name: quoted, or every word up to '[' or '='.
        var name: String
        if i < chars.count, chars[i] == "\"" {
            guard let close = chars[(i + 1)...].firstIndex(of: "\"") else {
                diagnostics.append(diagnostic(LocalizedText(fr: "Ce nom entre guillemets n'a pas de '\"' fermant.", en: "This quoted name has no closing '\"'."), head.number, i + 1))
                return nil
            }
            name = String(chars[(i + 1)..<close])
            i = close + 1
        } else {
            let start = i
            while i < chars.count, chars[i] != "[", chars[i] != "=" { i += 1 }
            name = String(chars[start..<i]).trimmed
        }
        let nameColumn = keywordEnd + 2
        guard !name.isEmpty else {
            diagnostics.append(diagnostic(LocalizedText(fr: "Un nom est attendu après « \(kind.rawValue) ».", en: "Expected a name after '\(kind.rawValue)'."), head.number, nameColumn))
            return nil
        }
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == " " || $0 == "$" }),
            !(name.first?.isNumber ?? false)
        else {
            diagnostics.append(
                diagnostic(
                    LocalizedText(
                        fr: "« \(name) » n'est pas un nom valide : utilisez des lettres, des chiffres, des espaces et des soulignés, en commençant par une lettre.",
                        en: "'\(name)' is not a valid name: use letters, digits, spaces and underscores, starting with a letter."),
                    head.number, nameColumn))
            return nil
        }
        while i < chars.count, chars[i] == " " { i += 1 }
        var units: String?
        if i < chars.count, chars[i] == "[" {
            guard let close = chars[i...].firstIndex(of: "]") else {
                diagnostics.append(diagnostic(LocalizedText(fr: "Les unités de « \(name) » n'ont pas de ']' fermant.", en: "The units of '\(name)' have no closing ']'."), head.number, i + 1))
                return nil
            }
            units = String(chars[(i + 1)..<close]).trimmed
            i = close + 1
            while i < chars.count, chars[i] == " " { i += 1 }
        }
        guard i < chars.count, chars[i] == "=" else {
            diagnostics.append(
                diagnostic(
                    LocalizedText(
                        fr: "« = » et une équation sont attendus après le nom\(units == nil ? "" : " et les unités") de « \(name) ». "
                            + "Par exemple : \(kind.rawValue) \(name) = 0",
                        en: "Expected '=' and an equation after the name\(units == nil ? "" : " and units") of '\(name)'. "
                            + "For example: \(kind.rawValue) \(name) = 0"), head.number, i + 1, variable: canonicalName(name)))
            return nil
        }
        i += 1
        var segments = [SourceSegment(text: String(chars[i...]), line: head.number, column: i + 1)]
        var variable = Variable(
            name: name, kind: kind, equation: "", expression: .number(0, SourceLocation(file: file, line: head.number, column: 1)),
            units: units, location: SourceLocation(file: file, line: head.number, column: 1))
        var graphType: (GraphicalFunction.Interpolation, Int, Int)?
        var sawAttribute = false
        var ok = true
        for line in block.dropFirst() {
            guard let (key, value, column) = attribute(of: line),
                Self.variableAttributes.contains(key) || key.hasPrefix("label_") || key.hasPrefix("meaning_")
            else {
                if !sawAttribute, attribute(of: line) == nil {
                    segments.append(SourceSegment(text: line.text, line: line.number, column: 1))
                    continue
                }
                let key = attribute(of: line)?.key ?? ""
                diagnostics.append(
                    diagnostic(
                        LocalizedText(
                            fr: "Attribut inconnu « \(key) » pour « \(name) ». Attributs connus : "
                                + Self.variableAttributes.joined(separator: ", ") + ", label_XX et meaning_XX (XX : un code de langue)."
                                + NameSuggestion.didYouMean(key, in: Self.variableAttributes).fr,
                            en: "Unknown attribute '\(key)' for '\(name)'. Known attributes: "
                                + Self.variableAttributes.joined(separator: ", ") + ", label_XX and meaning_XX (XX: a language code)."
                                + NameSuggestion.didYouMean(key, in: Self.variableAttributes).en), line.number, line.text.firstNonSpaceColumn,
                        variable: variable.name))
                ok = false
                continue
            }
            sawAttribute = true
            func fail(_ message: LocalizedText) {
                diagnostics.append(diagnostic(message, line.number, column, variable: variable.name))
                ok = false
            }
            switch key {
            case "meaning": variable.meaning = value
            case "source": variable.source = value
            case "non_negative": variable.nonNegative = true
            case "in", "out":
                let names = value.split(separator: ",").map { canonicalName(String($0)) }.filter { !$0.isEmpty }
                if key == "in" { variable.inflows += names } else { variable.outflows += names }
            case "range":
                let parts = value.components(separatedBy: "..")
                if parts.count == 2, let low = Self.number(parts[0]), let high = Self.number(parts[1]), low <= high {
                    variable.range = low...high
                } else {
                    fail(
                        LocalizedText(
                            fr: "Un intervalle s'écrit « BAS .. HAUT » avec BAS ≤ HAUT, par exemple « range: 0 .. 100 ».",
                            en: "A range is written 'LOW .. HIGH' with LOW ≤ HIGH, for example 'range: 0 .. 100'."))
                }
            case "graph":
                if let points = Self.points(value) {
                    variable.graph = GraphicalFunction(xs: points.map(\.0), ys: points.map(\.1))
                } else {
                    fail(
                        LocalizedText(
                            fr: "Un graphe est une liste de points « (x, y) (x, y) … » en nombres, par exemple « graph: (0, 1) (1, 2) ».",
                            en: "A graph is a list of points '(x, y) (x, y) …' with numbers, for example 'graph: (0, 1) (1, 2)'."))
                }
            case "graph_type":
                if let type = GraphicalFunction.Interpolation(rawValue: value.lowercased()) {
                    graphType = (type, line.number, column)
                } else {
                    fail(
                        LocalizedText(
                            fr: "Type de graphe inconnu « \(value) ». Utilisez continuous, extrapolate ou discrete.",
                            en: "Unknown graph type '\(value)'. Use continuous, extrapolate or discrete."))
                }
            default:
                // label_XX and meaning_XX: the text in language XX.
                let isLabel = key.hasPrefix("label_")
                let prefix = isLabel ? "label_" : "meaning_"
                let language = String(key.dropFirst(prefix.count))
                if language.isEmpty {
                    fail(
                        LocalizedText(
                            fr: "Écrivez le code de langue après « \(prefix) », par exemple « \(prefix)fr ».",
                            en: "Write the language code after '\(prefix)', for example '\(prefix)fr'."))
                } else if isLabel {
                    variable.labels[language] = value
                } else {
                    variable.meanings[language] = value
                }
            }
        }
        if let (type, line, column) = graphType {
            if variable.graph == nil {
                diagnostics.append(diagnostic(
                    LocalizedText(fr: "« graph_type » demande une ligne « graph: » avec les points.", en: "'graph_type' needs a 'graph:' line with the points."),
                    line, column, variable: variable.name))
                ok = false
            }
            variable.graph?.interpolation = type
        }
        if kind != .stock, !variable.inflows.isEmpty || !variable.outflows.isEmpty || variable.nonNegative {
            diagnostics.append(
                diagnostic(
                    LocalizedText(
                        fr: "Seuls les stocks ont « in », « out » et « non_negative » ; « \(name) » est un \(kind.rawValue).",
                        en: "Only stocks have 'in', 'out' and 'non_negative'; '\(name)' is a \(kind.rawValue)."),
                    head.number, 1, variable: variable.name))
            ok = false
        }
        variable.equation = segments.map { $0.text.trimmed }.joined(separator: " ").trimmed
        guard !variable.equation.isEmpty else {
            diagnostics.append(diagnostic(
                    LocalizedText(fr: "L'équation de « \(name) » est vide : écrivez une valeur après « = ».", en: "The equation of '\(name)' is empty: write a value after '='."),
                    head.number, i + 1, variable: variable.name))
            return nil
        }
        do {
            variable.expression = try ExpressionParser.parse(segments, file: file)
        } catch {
            diagnostics += error.diagnostics.map { var d = $0; d.variable = variable.name; return d }
            return nil
        }
        return ok ? variable : nil
    }

    private static func number(_ text: String) -> Double? {
        guard let expression = try? ExpressionParser.parse(text.trimmed, file: "") else { return nil }
        return ConstantFolding.value(of: expression)
    }

    /// Parses `(x, y) (x, y) …`.
    private static func points(_ text: String) -> [(Double, Double)]? {
        var points: [(Double, Double)] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            guard rest[..<open].allSatisfy({ $0.isWhitespace || $0 == "," }),
                let close = rest[open...].firstIndex(of: ")")
            else { return nil }
            let pair = rest[rest.index(after: open)..<close].split(separator: ",")
            guard pair.count == 2, let x = number(String(pair[0])), let y = number(String(pair[1])) else { return nil }
            points.append((x, y))
            rest = rest[rest.index(after: close)...]
        }
        guard rest.allSatisfy(\.isWhitespace), !points.isEmpty else { return nil }
        return points
    }
}

extension String {
    /// Without leading and trailing white space.
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// Tabs become four spaces so that columns in messages match what editors show.
    func replacingTabs() -> String { contains("\t") ? split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ") : self }

    /// The 1-based column of the first character that is not white space.
    var firstNonSpaceColumn: Int { (firstIndex(where: { !$0.isWhitespace }).map { distance(from: startIndex, to: $0) } ?? 0) + 1 }
}
