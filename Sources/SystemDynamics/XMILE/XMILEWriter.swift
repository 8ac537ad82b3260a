/// Writes a ``Model`` as an XMILE 1.0 document limited to what PySD, simlin and Stella all accept
/// (ENGINE.md, Interchange; research/tools.md §4): a default namespace, `<header>` with `<name>`,
/// `<sim_specs>` with `method` and `time_units`, inline `<gf>` only, explicit `<non_negative/>`, equations
/// printed by ``XMILEEquationPrinter``. Parameters become auxiliaries with constant equations.
struct XMILEWriter {
    let model: Model

    /// The XMILE 1.0 namespace, written as the default namespace (PySD reads only a default one).
    static let namespace = "http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"
    /// The namespace of Stella's vendor attributes; used only for the save interval, which XMILE 1.0 lacks.
    static let iseeNamespace = "http://iseesystems.com/XMILE"

    /// The whole document.
    func document() -> String {
        let references = Dictionary(model.variables.map { ($0.name, XMILEName.reference($0.displayName)) }, uniquingKeysWith: { a, _ in a })
        let printer = XMILEEquationPrinter(references: references)
        let specs = model.specs
        var lines = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>"]
        let isee = specs.saveEvery == nil ? "" : " xmlns:isee=\"\(Self.iseeNamespace)\""
        lines.append("<xmile version=\"1.0\" xmlns=\"\(Self.namespace)\"\(isee)>")
        lines.append("    <header>")
        lines.append("        <vendor>Quartier</vendor>")
        lines.append("        <product version=\"1.0\" lang=\"en\">Quartier</product>")
        lines.append("        <name>\(Self.escaped(model.name))</name>")
        lines.append("    </header>")
        let save = specs.saveEvery.map { " isee:save_interval=\"\(XMILEEquationPrinter.number($0))\"" } ?? ""
        let method = specs.method == .rk4 ? "RK4" : "Euler"
        lines.append("    <sim_specs method=\"\(method)\" time_units=\"\(Self.escaped(specs.timeUnits))\"\(save)>")
        lines.append("        <start>\(XMILEEquationPrinter.number(specs.start))</start>")
        lines.append("        <stop>\(XMILEEquationPrinter.number(specs.stop))</stop>")
        lines.append("        <dt>\(XMILEEquationPrinter.number(specs.dt))</dt>")
        lines.append("    </sim_specs>")
        lines.append("    <model>")
        lines.append("        <variables>")
        for variable in model.variables {
            let tag = variable.kind == .stock ? "stock" : variable.kind == .flow ? "flow" : "aux"
            let indent = "                "
            lines.append("            <\(tag) name=\"\(Self.escaped(variable.displayName))\">")
            lines.append(indent + "<eqn>\(Self.escaped(printer.text(variable.expression)))</eqn>")
            for flow in variable.inflows { lines.append(indent + "<inflow>\(Self.escaped(references[flow] ?? flow))</inflow>") }
            for flow in variable.outflows { lines.append(indent + "<outflow>\(Self.escaped(references[flow] ?? flow))</outflow>") }
            if variable.nonNegative { lines.append(indent + "<non_negative/>") }
            if let graph = variable.graph { lines += Self.graph(graph, indent: indent) }
            if let range = variable.range {
                lines.append(
                    indent + "<range min=\"\(XMILEEquationPrinter.number(range.lowerBound))\" max=\"\(XMILEEquationPrinter.number(range.upperBound))\"/>")
            }
            if let units = variable.units { lines.append(indent + "<units>\(Self.escaped(units))</units>") }
            if let meaning = variable.meaning { lines.append(indent + "<doc>\(Self.escaped(meaning))</doc>") }
            lines.append("            </\(tag)>")
        }
        lines.append("        </variables>")
        lines.append("    </model>")
        lines.append("</xmile>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// An inline `<gf>` with explicit points. No `<xscale>`: PySD 3.14 spreads the points evenly over an
    /// x scale when there is one, ignoring `<xpts>`; XMILE needs the x scale only when there are no x points.
    private static func graph(_ graph: GraphicalFunction, indent: String) -> [String] {
        func list(_ values: [Double]) -> String { values.map(XMILEEquationPrinter.number).joined(separator: ",") }
        let low = XMILEEquationPrinter.number(graph.ys.min() ?? 0)
        let high = XMILEEquationPrinter.number(graph.ys.max() ?? 0)
        return [
            indent + "<gf type=\"\(graph.interpolation.rawValue)\">",
            indent + "    <yscale min=\"\(low)\" max=\"\(high)\"/>",
            indent + "    <xpts>\(list(graph.xs))</xpts>",
            indent + "    <ypts>\(list(graph.ys))</ypts>",
            indent + "</gf>",
        ]
    }

    /// Text safe inside an element or a double-quoted attribute. Characters XML 1.0 forbids (control
    /// characters other than tab, line feed and carriage return) become spaces.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default: result.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF ? " " : scalar)
            }
        }
        return result
    }
}
