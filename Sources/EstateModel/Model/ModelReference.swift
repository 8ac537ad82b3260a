import SystemDynamics

/// Generates docs/model-reference.md from the model: every variable with its kind, units, equation,
/// meaning, range and source. A test compares the committed file with this output.
public enum ModelReference {
    /// The reference document in Markdown.
    public static func markdown(for model: Model) -> String {
        var lines = [
            "# Estate model reference",
            "",
            "<!-- Generated from Sources/EstateModel/Resources/estate.sdm by ModelReference.markdown(for:); do not edit.",
            "     Regenerate with: QUARTIER_WRITE_REFERENCE=1 swift test --filter ModelReferenceTests -->",
            "",
            "Time unit: \(model.specs.timeUnits). Default run: \(format(model.specs.start)) to \(format(model.specs.stop)), "
                + "dt \(format(model.specs.dt)), \(model.specs.method.rawValue). "
                + "\(model.variables.count) variables: "
                + [VariableKind.stock, .flow, .aux, .parameter].map { kind in
                    "\(model.variables.filter { $0.kind == kind }.count) \(title(of: kind).lowercased())"
                }.joined(separator: ", ") + ".",
            "",
            "Design notes: [estate-model.md](estate-model.md). Sources marked `estimate` are modelling judgements to",
            "calibrate or discuss; the others cite the seeds, research/domain.md or the literature.",
            "",
        ]
        for kind in [VariableKind.stock, .flow, .aux, .parameter] {
            let variables = model.variables.filter { $0.kind == kind }
            guard !variables.isEmpty else { continue }
            lines.append("## \(title(of: kind))")
            lines.append("")
            for variable in variables.sorted(by: { $0.name < $1.name }) {
                lines.append(contentsOf: entry(variable))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func title(of kind: VariableKind) -> String {
        switch kind {
        case .stock: return "Stocks"
        case .flow: return "Flows"
        case .aux: return "Auxiliaries"
        case .parameter: return "Parameters"
        }
    }

    private static func entry(_ variable: Variable) -> [String] {
        var lines = ["### `\(variable.name)`", ""]
        if let meaning = variable.meaning { lines.append(meaning) ; lines.append("") }
        if let french = variable.meanings["fr"] { lines.append("*fr :* \(french)") ; lines.append("") }
        lines.append("- Units: \(variable.units.map { "`\($0)`" } ?? "none")")
        let equationLabel = variable.kind == .stock ? "Initial value" : (variable.kind == .parameter ? "Value" : "Equation")
        lines.append("- \(equationLabel): `\(variable.equation)`")
        if !variable.inflows.isEmpty { lines.append("- Inflows: \(variable.inflows.map { "`\($0)`" }.joined(separator: ", "))") }
        if !variable.outflows.isEmpty { lines.append("- Outflows: \(variable.outflows.map { "`\($0)`" }.joined(separator: ", "))") }
        if variable.nonNegative { lines.append("- Never negative") }
        if let graph = variable.graph {
            let points = zip(graph.xs, graph.ys).map { "(\(format($0)), \(format($1)))" }.joined(separator: " ")
            lines.append("- Graphical function of the equation: \(points)")
        }
        if let range = variable.range { lines.append("- Range: \(format(range.lowerBound)) .. \(format(range.upperBound))") }
        if let source = variable.source { lines.append("- Source: \(source)") }
        let labels = variable.labels.keys.sorted().map { "\($0): \(variable.labels[$0] ?? "")" }
        if !labels.isEmpty { lines.append("- Labels: \(labels.joined(separator: "; "))") }
        lines.append("")
        return lines
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
