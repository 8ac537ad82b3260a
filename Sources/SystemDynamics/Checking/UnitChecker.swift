import Localization

/// Checks declared units for consistency (opt-in: variables without units are not checked). Findings are
/// warnings naming the variable and the two units, because a unit slip rarely stops a model from running.
struct UnitChecker {
    let variables: [String: Variable]
    let timeUnits: String

    private var time: Units { Units(parsing: timeUnits) ?? Units(exponents: [timeUnits.lowercased(): 1]) }

    func diagnostics(for ordered: [Variable]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for v in ordered {
            guard let text = v.units else { continue }
            guard let declared = Units(parsing: text) else {
                found.append(Diagnostic(
                        .warning,
                        LocalizedText(
                            fr: "Impossible de lire les unités « \(text) » de « \(v.displayName) » ; écrivez-les sous la forme a*b/c^2.",
                            en: "Cannot read the units '\(text)' of '\(v.displayName)'; write them as a*b/c^2."),
                        at: v.location, variable: v.name))
                continue
            }
            var problems: [Diagnostic] = []
            let inferred = infer(v.expression, in: v, problems: &problems)
            found += problems
            if v.graph == nil, let inferred, inferred != declared {
                found.append(
                    Diagnostic(
                        .warning,
                        LocalizedText(
                            fr: "L'équation de « \(v.displayName) » donne des unités \(inferred), mais « \(v.displayName) » est déclaré en \(declared).",
                            en: "The equation of '\(v.displayName)' gives units \(inferred), but '\(v.displayName)' is declared in \(declared)."),
                        at: v.location, variable: v.name))
            }
            if v.kind == .stock {
                for flowName in v.inflows + v.outflows {
                    guard let flow = variables[flowName], let flowText = flow.units, let flowUnits = Units(parsing: flowText) else { continue }
                    let expected = declared / time
                    if flowUnits != expected {
                        found.append(
                            Diagnostic(
                                .warning,
                                LocalizedText(
                                    fr: "Le flux « \(flow.displayName) » est en \(flowUnits), mais le stock « \(v.displayName) » demande \(expected) (ses unités par \(timeUnits)).",
                                    en: "Flow '\(flow.displayName)' is in \(flowUnits), but stock '\(v.displayName)' needs \(expected) (its units per \(timeUnits))."),
                                at: flow.location, variable: flow.name))
                    }
                }
            }
        }
        return found
    }

    /// The units of an expression, or `nil` when unknown (a bare number, or a variable without units).
    private func infer(_ e: Expression, in owner: Variable, problems: inout [Diagnostic]) -> Units? {
        func agree(_ a: Units?, _ b: Units?, _ what: LocalizedText, _ location: SourceLocation) -> Units? {
            if let a, let b, a != b {
                problems.append(
                    Diagnostic(
                        .warning,
                        LocalizedText(
                            fr: "Dans « \(owner.displayName) », \(what.fr) mélange \(a) et \(b).",
                            en: "In '\(owner.displayName)', \(what.en) mixes \(a) and \(b)."),
                        at: location, variable: owner.name))
            }
            return a ?? b
        }
        switch e {
        case .number: return nil
        case .name(let n, _):
            if n == "time" || n == "dt" || n == "starttime" || n == "stoptime" { return time }
            return variables[n]?.units.flatMap { Units(parsing: $0) }
        case .unary(.not, _, _): return .dimensionless
        case .unary(_, let x, _): return infer(x, in: owner, problems: &problems)
        case .binary(let op, let a, let b, let location):
            let x = infer(a, in: owner, problems: &problems)
            let y = infer(b, in: owner, problems: &problems)
            switch op {
            case .add, .subtract: return agree(x, y, LocalizedText(fr: "« \(op.rawValue) »", en: "'\(op.rawValue)'"), location)
            case .multiply: return x.flatMap { x in y.map { x * $0 } } ?? (a.isNumber ? y : b.isNumber ? x : nil)
            case .divide:
                if let x, let y { return x / y }
                if a.isNumber, let y { return y.power(-1) }
                return b.isNumber ? x : nil
            case .modulo: return x
            case .power:
                if let exponent = ConstantFolding.value(of: b), exponent == exponent.rounded(), Swift.abs(exponent) <= 100, let x {
                    return x.power(Int(exponent))
                }
                return x == .dimensionless ? x : nil
            case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
                _ = agree(x, y, LocalizedText(fr: "une comparaison", en: "a comparison"), location)
                return .dimensionless
            case .and, .or: return .dimensionless
            }
        case .conditional(let c, let a, let b, let location):
            _ = infer(c, in: owner, problems: &problems)
            return agree(infer(a, in: owner, problems: &problems), infer(b, in: owner, problems: &problems), LocalizedText(fr: "IF THEN ELSE", en: "IF THEN ELSE"), location)
        case .call(let f, let args, let location):
            let units = args.map { infer($0, in: owner, problems: &problems) }
            guard let builtin = Builtin.named(f) else { return nil }
            switch builtin {
            case .abs, .int, .`init`, .previous, .smth1, .smth3, .smthn, .delay1, .delay3, .delayn, .delay, .forcst, .step, .mod:
                return units.first ?? nil
            case .min, .max: return agree(units[0], units.count > 1 ? units[1] : nil, LocalizedText(fr: f.uppercased(), en: f.uppercased()), location)
            case .exp, .ln, .log10, .sin, .cos, .tan, .arcsin, .arccos, .arctan, .pi: return .dimensionless
            case .sqrt: return nil
            case .safediv: return units.count > 1 ? units[0].flatMap { x in units[1].map { x / $0 } } : nil
            case .trend: return time.power(-1)
            case .pulse: return units[0].map { $0 / time }
            case .ramp: return units[0].map { $0 * time }
            }
        }
    }
}

extension Expression {
    var isNumber: Bool { ConstantFolding.value(of: self) != nil }
}
