import Foundation
import Localization

/// Turns an XMILE 1.0 document (already read into an ``XMLNode`` tree) into ``ModelDeclarations``: the
/// scalar subset only (stocks, flows, auxiliaries, inline graphical functions, `sim_specs`, `behavior`).
/// Whatever changes a model's meaning and is outside that subset (arrays, modules, conveyors, queues,
/// macros, named graphical functions…) is an error naming the element and its line, never skipped.
struct XMILEReader {
    let file: String

    /// Elements under `<variables>` that the engine cannot simulate, with what they are.
    static let unsupportedVariables: [String: LocalizedText] = [
        "module": LocalizedText(fr: "les modules (sous-modèles)", en: "modules (submodels)"),
        "macro": LocalizedText(fr: "les macros", en: "macros"),
        "gf": LocalizedText(
            fr: "les fonctions graphiques nommées isolées (écrivez le <gf> dans l'<aux> qui l'utilise)",
            en: "named standalone graphical functions (write the <gf> inside the <aux> that uses it)"),
    ]
    /// Children of a stock, flow or aux that the engine cannot simulate.
    static let unsupportedProperties: [String: LocalizedText] = [
        "dimensions": arrays, "element": arrays,
        "conveyor": LocalizedText(fr: "les convoyeurs", en: "conveyors"), "queue": LocalizedText(fr: "les files d'attente", en: "queues"),
        "leak": leakage, "leak_integers": leakage,
        "overflow": LocalizedText(fr: "les flux de débordement de file", en: "queue overflow flows"),
        "init_eqn": LocalizedText(fr: "les équations de valeur initiale séparées (<init_eqn>)", en: "separate initial-value equations (<init_eqn>)"),
    ]
    private static let arrays = LocalizedText(fr: "les tableaux (variables indicées)", en: "arrays (subscripted variables)")
    private static let leakage = LocalizedText(fr: "les flux de fuite de convoyeur", en: "conveyor leakage flows")
    /// Children that only say how a tool displays or documents a variable: they are skipped on purpose.
    static let displayProperties: Set<String> = ["format", "scale", "display", "documentation", "access", "autoexport"]

    private var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// Reads the document rooted at `root`.
    mutating func read(_ root: XMLNode) -> ModelDeclarations {
        var result = ModelDeclarations(name: "", specs: SimulationSpecs(), variables: [], diagnostics: [])
        guard root.name == "xmile" else {
            result.diagnostics.append(
                Diagnostic(
                    .error,
                    LocalizedText(
                        fr: "L'élément racine est <\(root.name)>, pas <xmile> : ce n'est pas un fichier XMILE.",
                        en: "The root element is <\(root.name)>, not <xmile>: this is not an XMILE file."),
                    at: root.location))
            return result
        }
        var specs: XMLNode? = nil
        var behavior = NonNegativeDefaults()
        var models: [XMLNode] = []
        for child in root.children where !child.isVendorExtension {
            switch child.name {
            case "header": result.name = child.child("name")?.trimmedText ?? ""
            case "sim_specs": specs = child
            case "behavior": behavior = NonNegativeDefaults(child)
            case "model": models.append(child)
            case "dimensions" where !child.children.isEmpty: unsupported(child, LocalizedText(fr: "les tableaux (<dimensions>)", en: "arrays (<dimensions>)"))
            case "macro": unsupported(child, LocalizedText(fr: "les macros", en: "macros"))
            case "data" where !child.children("import").isEmpty: unsupported(child, LocalizedText(fr: "les imports de données (<data><import>)", en: "data imports (<data><import>)"))
            default: break  // model_units, prefs, style, empty dimensions, data exports: no effect on the numbers
            }
        }
        guard let model = models.first else {
            error(
                fr: "Un fichier XMILE demande un élément <model> contenant <variables>.", en: "An XMILE file needs a <model> element holding <variables>.",
                at: root.location)
            result.diagnostics = diagnostics
            return result
        }
        for extra in models.dropFirst() { unsupported(extra, LocalizedText(fr: "plusieurs modèles (sous-modèles)", en: "several models (submodels)")) }
        if let resource = model.attributes["resource"] {
            error(
                fr: "Le <model> renvoie à un autre fichier (« \(resource) ») ; incluez plutôt ses variables dans ce fichier.",
                en: "The <model> refers to another file ('\(resource)'); include its variables in this file instead.", at: model.location)
        }
        for child in model.children where !child.isVendorExtension {
            switch child.name {
            case "sim_specs": specs = child  // a model's own specs override the file's (XMILE 1.0 §2.3)
            case "behavior": behavior = NonNegativeDefaults(child, inheriting: behavior)
            default: break
            }
        }
        if let specs {
            result.specs = readSpecs(specs)
            result.specsLocation = specs.location
        } else {
            error(fr: "Un fichier XMILE demande <sim_specs> avec <start> et <stop>.", en: "An XMILE file needs <sim_specs> with <start> and <stop>.", at: model.location)
        }
        let variables = model.children.filter { $0.name == "variables" }
        if variables.isEmpty { error(fr: "Le <model> n'a pas de <variables>.", en: "The <model> has no <variables>.", at: model.location) }
        for list in variables {
            for element in list.children where !element.isVendorExtension {
                switch element.name {
                case "stock", "flow", "aux":
                    if let variable = readVariable(element, behavior: behavior) { result.variables.append(variable) }
                case "group":
                    break  // a group (sector) only lists variables declared elsewhere, for display
                default:
                    unsupported(element, Self.unsupportedVariables[element.name] ?? LocalizedText(fr: "les éléments <\(element.name)>", en: "<\(element.name)> elements"))
                }
            }
        }
        // Bare PI is XMILE's constant π (§3.5.1); the engine writes it PI(). A variable named pi wins.
        if !result.variables.contains(where: { $0.name == "pi" }) {
            for index in result.variables.indices {
                result.variables[index].expression = XMILEEquationText.callingPi(result.variables[index].expression)
            }
        }
        result.diagnostics = diagnostics
        return result
    }

    // MARK: Diagnostics

    private mutating func error(fr: String, en: String, at location: SourceLocation?, variable: String? = nil) {
        diagnostics.append(Diagnostic(.error, LocalizedText(fr: fr, en: en), at: location, variable: variable))
    }

    private mutating func unsupported(_ element: XMLNode, _ what: LocalizedText, variable: String? = nil) {
        error(
            fr: "<\(element.name)> n'est pas pris en charge : Quartier importe le sous-ensemble scalaire de XMILE 1.0 (stocks, flux, "
                + "auxiliaires, fonctions graphiques en ligne), pas \(what.fr). Réécrivez cette partie du modèle sans cela.",
            en: "<\(element.name)> is not supported: Quartier imports the scalar subset of XMILE 1.0 (stocks, flows, auxiliaries, "
                + "inline graphical functions), not \(what.en). Rewrite that part of the model without it.",
            at: element.location, variable: variable)
    }

    // MARK: Simulation specs

    private mutating func readSpecs(_ node: XMLNode) -> SimulationSpecs {
        var specs = SimulationSpecs()
        func number(_ name: String, required: Bool) -> Double? {
            guard let element = node.child(name) else {
                if required { error(fr: "<sim_specs> demande un instant <\(name)>.", en: "<sim_specs> needs a <\(name)> time.", at: node.location) }
                return nil
            }
            return constant(element.trimmedText, at: element.contentLocation, what: "<\(name)>")
        }
        if let start = number("start", required: true) { specs.start = start }
        if let stop = number("stop", required: true) { specs.stop = stop }
        if let dt = number("dt", required: false) {
            // <dt reciprocal="true">4</dt> means a quarter of a time unit (XMILE 1.0 §3.4.1).
            specs.dt = node.child("dt")?.attributes["reciprocal"]?.lowercased() == "true" ? 1 / dt : dt
        }
        if let method = node.attributes["method"] {
            // The attribute may list fallbacks, "gear, rk4": the first method the engine has is used.
            let choices = method.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if let known = choices.lazy.compactMap({ IntegrationMethod(rawValue: $0) }).first {
                specs.method = known
            } else {
                error(
                    fr: "La méthode d'intégration « \(method) » n'est pas disponible : utilisez Euler ou RK4.",
                    en: "The integration method '\(method)' is not available: use Euler or RK4.", at: node.location)
            }
        }
        if let units = node.attributes["time_units"]?.trimmingCharacters(in: .whitespaces), !units.isEmpty {
            specs.timeUnits = units
        }
        // XMILE 1.0 defines no save interval; Stella and simlin write the isee vendor attribute.
        if let save = node.attributes["isee:save_interval"] {
            specs.saveEvery = constant(save, at: node.location, what: "isee:save_interval")
        }
        return specs
    }

    /// A number written as text (`0.25`, `1/4`), or an error.
    private mutating func constant(_ text: String, at location: SourceLocation, what: String) -> Double? {
        if let expression = try? ExpressionParser.parse(text, file: file, line: location.line, column: location.column),
            let value = ConstantFolding.value(of: expression), value.isFinite
        {
            return value
        }
        error(fr: "\(what) doit être un nombre, pas « \(text) ».", en: "\(what) must be a number, not '\(text)'.", at: location)
        return nil
    }

    // MARK: Variables

    private mutating func readVariable(_ element: XMLNode, behavior: NonNegativeDefaults) -> Variable? {
        guard let rawName = element.attributes["name"], !XMILEName.display(rawName).isEmpty else {
            error(fr: "Ce <\(element.name)> n'a pas d'attribut name.", en: "This <\(element.name)> has no name attribute.", at: element.location)
            return nil
        }
        let name = XMILEName.display(rawName)
        let canonical = canonicalName(name)
        var ok = true
        var equation: XMLNode?
        var variable = Variable(
            name: name, kind: element.name == "stock" ? .stock : element.name == "flow" ? .flow : .aux, equation: "",
            expression: .number(0, element.location), location: element.location)
        var nonNegative = element.name == "stock" ? behavior.stocks : element.name == "flow" ? behavior.flows : false
        for child in element.children where !child.isVendorExtension {
            switch child.name {
            case "eqn": equation = child
            case "inflow" where element.name == "stock", "outflow" where element.name == "stock":
                let flow = canonicalName(XMILEName.display(XMILEName.unquoted(child.trimmedText)))
                if child.name == "inflow" { variable.inflows.append(flow) } else { variable.outflows.append(flow) }
            case "non_negative" where element.name != "aux":
                nonNegative = child.trimmedText.lowercased() != "false"
            case "units":
                let units = child.trimmedText
                variable.units = units.isEmpty ? nil : units
            case "doc":
                let doc = child.trimmedText.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                    .joined(separator: " ")
                variable.meaning = doc.isEmpty ? nil : doc
            case "gf":
                if let graph = readGraph(child, variable: canonical) { variable.graph = graph } else { ok = false }
            case "range":
                if let range = readRange(child, variable: canonical) { variable.range = range } else { ok = false }
            default:
                if let what = Self.unsupportedProperties[child.name] {
                    unsupported(child, what, variable: canonical)
                    ok = false
                } else if !Self.displayProperties.contains(child.name) {
                    diagnostics.append(
                        Diagnostic(
                            .warning,
                            LocalizedText(
                                fr: "<\(child.name)> dans « \(name) » ne fait pas partie du sous-ensemble XMILE que Quartier lit ; il a été ignoré.",
                                en: "<\(child.name)> inside '\(name)' is not part of the XMILE subset Quartier reads; it was ignored."),
                            at: child.location, variable: canonical))
                }
            }
        }
        guard let equation, !equation.trimmedText.isEmpty else {
            let isStock = element.name == "stock"
            error(
                fr: "« \(name) » n'a pas d'équation : ajoutez <eqn>…</eqn>\(isStock ? " avec sa valeur initiale" : "").",
                en: "'\(name)' has no equation: add <eqn>…</eqn>\(isStock ? " with its initial value" : "").", at: element.location, variable: canonical)
            return nil
        }
        guard var expression = parseEquation(equation, variable: canonical) else { return nil }
        variable.equation = XMILEEquationText.prepared(equation.text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if nonNegative && variable.kind == .flow {
            // A non-negative flow (a "uniflow") never runs backwards: its value is max(equation, 0).
            expression = .call("max", [expression, .number(0, expression.location)], expression.location)
            variable.equation = "MAX(\(variable.equation), 0)"
        } else if nonNegative {
            variable.nonNegative = true
        }
        variable.expression = expression
        // XMILE has no parameter kind: constants are auxiliaries whose equation is a number. Such an
        // auxiliary cannot change during a run, so reading it as a parameter computes the same values, and
        // lets a run replace it (RunOptions.inputs) without recompiling, as for a model-language parameter.
        if variable.kind == .aux, variable.graph == nil, ConstantFolding.value(of: expression) != nil {
            variable.kind = .parameter
        }
        return ok ? variable : nil
    }

    /// The parsed equation of `<eqn>`: `{comments}` removed, the names resolved the XMILE way.
    private mutating func parseEquation(_ node: XMLNode, variable: String) -> Expression? {
        let text = XMILEEquationText.prepared(node.text)
        if text.contains("{") {
            error(
                fr: "Un commentaire « { » de cette équation n'est jamais fermé par « } ».", en: "A '{' comment in this equation is never closed with '}'.",
                at: node.contentLocation, variable: variable)
            return nil
        }
        // Each line of the text is a segment starting where it starts in the file, for exact columns.
        var segments: [SourceSegment] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            segments.append(
                SourceSegment(
                    text: String(line), line: node.contentLocation.line + index, column: index == 0 ? node.contentLocation.column : 1))
        }
        do {
            return try ExpressionParser.parse(segments, file: file)
        } catch {
            diagnostics += error.diagnostics.map { diagnostic in
                var d = diagnostic
                d.variable = variable
                return d
            }
            return nil
        }
    }

    private mutating func readGraph(_ node: XMLNode, variable: String) -> GraphicalFunction? {
        if node.attributes["name"] != nil && node.child("ypts") == nil {
            unsupported(
                node, LocalizedText(fr: "les références à des fonctions graphiques nommées", en: "references to named graphical functions"), variable: variable)
            return nil
        }
        let typeName = (node.attributes["type"] ?? "continuous").lowercased()
        guard let type = GraphicalFunction.Interpolation(rawValue: typeName) else {
            error(
                fr: "Type de fonction graphique inconnu « \(typeName) » : utilisez continuous, extrapolate ou discrete.",
                en: "Unknown graphical function type '\(typeName)': use continuous, extrapolate or discrete.", at: node.location, variable: variable)
            return nil
        }
        guard let ypts = node.child("ypts"), let ys = numbers(ypts, variable: variable), !ys.isEmpty else {
            if node.child("ypts") == nil { error(fr: "Ce <gf> n'a pas de <ypts>.", en: "This <gf> has no <ypts>.", at: node.location, variable: variable) }
            return nil
        }
        var xs: [Double]
        if let xpts = node.child("xpts") {
            guard let values = numbers(xpts, variable: variable) else { return nil }
            xs = values
        } else if let scale = node.child("xscale"), let low = scale.attributes["min"].flatMap(Double.init),
            let high = scale.attributes["max"].flatMap(Double.init)
        {
            // Without <xpts>, the points are evenly spaced over the x scale (XMILE 1.0 §3.1.4).
            xs = ys.count == 1 ? [low] : (0..<ys.count).map { low + (high - low) * Double($0) / Double(ys.count - 1) }
        } else {
            error(
                fr: "Ce <gf> demande <xpts> ou un <xscale min=\"…\" max=\"…\"/>.", en: "This <gf> needs <xpts> or an <xscale min=\"…\" max=\"…\"/>.",
                at: node.location, variable: variable)
            return nil
        }
        guard xs.count == ys.count else {
            error(
                fr: "Ce <gf> a \(xs.count) valeurs x et \(ys.count) valeurs y ; donnez-en autant de chaque.",
                en: "This <gf> has \(xs.count) x values and \(ys.count) y values; give as many of each.", at: node.location, variable: variable)
            return nil
        }
        return GraphicalFunction(xs: xs, ys: ys, interpolation: type)
    }

    /// The numbers of `<xpts>` or `<ypts>`, separated by commas or by the `sep` attribute.
    private mutating func numbers(_ node: XMLNode, variable: String) -> [Double]? {
        let separator = node.attributes["sep"].flatMap { $0.isEmpty ? nil : $0 } ?? ","
        var values: [Double] = []
        for part in node.trimmedText.components(separatedBy: separator) {
            let text = part.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let value = Double(text), value.isFinite else {
                error(
                    fr: "« \(text) » dans <\(node.name)> n'est pas un nombre (les valeurs sont séparées par « \(separator) »).",
                    en: "'\(text)' in <\(node.name)> is not a number (values are separated by '\(separator)').", at: node.contentLocation, variable: variable)
                return nil
            }
            values.append(value)
        }
        return values
    }

    private mutating func readRange(_ node: XMLNode, variable: String) -> ClosedRange<Double>? {
        guard let low = node.attributes["min"].flatMap(Double.init), let high = node.attributes["max"].flatMap(Double.init), low <= high
        else {
            error(
                fr: "Un <range> demande des nombres min ≤ max, comme <range min=\"0\" max=\"1\"/>.",
                en: "A <range> needs numbers min ≤ max, as <range min=\"0\" max=\"1\"/>.", at: node.location, variable: variable)
            return nil
        }
        return low...high
    }
}

/// Which stocks and flows are non-negative unless they say otherwise (`<behavior>`, XMILE 1.0 §2.6).
private struct NonNegativeDefaults {
    var stocks = false
    var flows = false

    init() {}

    /// Reads `<behavior><non_negative/></behavior>` (every stock and flow) or its `<stock>` / `<flow>` parts.
    init(_ node: XMLNode, inheriting defaults: NonNegativeDefaults = NonNegativeDefaults()) {
        self = defaults
        func flag(_ element: XMLNode?) -> Bool? { element.map { $0.trimmedText.lowercased() != "false" } }
        if let all = flag(node.child("non_negative")) {
            stocks = all
            flows = all
        }
        if let value = flag(node.child("stock")?.child("non_negative")) { stocks = value }
        if let value = flag(node.child("flow")?.child("non_negative")) { flows = value }
    }
}
