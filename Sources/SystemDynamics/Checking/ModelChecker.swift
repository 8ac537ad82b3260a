/// Checks a model's declarations against each other: names, function calls, stocks and their flows,
/// parameters, graphs, simulation specs, dependency cycles and units. Every finding is collected.
struct ModelChecker {
    let variables: [Variable]
    let specs: SimulationSpecs
    let specsLocation: SourceLocation?

    func diagnostics() -> [Diagnostic] {
        var found: [Diagnostic] = []
        var byName: [String: Variable] = [:]
        for v in variables {
            if let first = byName[v.name] {
                found.append(
                    Diagnostic(
                        .error, "'\(v.displayName)' is declared twice (first at \(first.location.map(\.description) ?? "?")). Rename or remove one.",
                        at: v.location, variable: v.name))
            } else {
                byName[v.name] = v
            }
        }
        let known = Array(byName.keys) + Array(Builtin.clockNames)
        for v in variables {
            found += checkReferences(v, byName: byName, known: known)
            found += checkKindRules(v, byName: byName)
        }
        found += checkSpecs()
        let graph = DependencyGraph(variables: Array(byName.values).sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) })
        var reported: [Set<String>] = []
        for (phase, dependencies) in [("during each time step", graph.stepDependencies), ("at initialisation", graph.initialDependencies)] {
            for cycle in DependencyGraph.order(graph.names, dependencies).cycles where !reported.contains(Set(cycle)) {
                reported.append(Set(cycle))
                let first = byName[cycle[0]]
                found.append(
                    Diagnostic(
                        .error,
                        "Circular definition \(phase): " + cycle.map { byName[$0]?.displayName ?? $0 }.joined(separator: " → ")
                            + ". Break the loop with a stock (or a SMTH1 or DELAY) somewhere along it.",
                        at: first?.location, variable: cycle[0]))
            }
        }
        if !found.contains(where: { $0.severity == .error }) {
            found += UnitChecker(variables: byName, timeUnits: specs.timeUnits).diagnostics(for: variables)
        }
        return found
    }

    private func checkReferences(_ v: Variable, byName: [String: Variable], known: [String]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        v.expression.visit { node in
            switch node {
            case .name(let n, let location):
                if byName[n] == nil && !Builtin.clockNames.contains(n) {
                    let hint = Builtin.named(n).map { " '\($0.rawValue.uppercased())' is a function: write \($0.signature)." }
                    found.append(
                        Diagnostic(
                            .error, "Unknown name '\(n)' in the equation of '\(v.displayName)'."
                                + (hint ?? NameSuggestion.didYouMean(n, in: known)), at: location, variable: v.name))
                }
            case .call(let f, let args, let location):
                guard let builtin = Builtin.named(f) else {
                    found.append(
                        Diagnostic(
                            .error, "Unknown function '\(f.uppercased())'."
                                + NameSuggestion.didYouMean(f, in: Builtin.allCases.map(\.rawValue)).uppercased()
                                .replacingOccurrences(of: "DID YOU MEAN", with: "Did you mean"),
                            at: location, variable: v.name))
                    return
                }
                if !builtin.arity.contains(args.count) {
                    found.append(
                        Diagnostic(
                            .error, "\(f.uppercased()) takes \(Self.describe(builtin.arity)) argument\(builtin.arity.upperBound == 1 ? "" : "s"), not \(args.count): \(builtin.signature).",
                            at: location, variable: v.name))
                }
                if [.smthn, .delayn].contains(builtin), args.count >= 3, ConstantFolding.value(of: args[2]) == nil {
                    found.append(
                        Diagnostic(
                            .error, "The order n of \(f.uppercased()) must be a number written in the equation (it sets how many hidden stocks are built).",
                            at: args[2].location, variable: v.name))
                }
            default: break
            }
        }
        return found
    }

    private static func describe(_ arity: ClosedRange<Int>) -> String {
        arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) or \(arity.upperBound)"
    }

    private func checkKindRules(_ v: Variable, byName: [String: Variable]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for flow in v.inflows + v.outflows {
            guard let f = byName[flow] else {
                found.append(
                    Diagnostic(
                        .error, "Stock '\(v.displayName)' lists an unknown flow '\(flow)'."
                            + NameSuggestion.didYouMean(flow, in: byName.values.filter { $0.kind == .flow }.map(\.name)),
                        at: v.location, variable: v.name))
                continue
            }
            if f.kind != .flow {
                found.append(
                    Diagnostic(.error, "Stock '\(v.displayName)' lists '\(f.displayName)' as a flow, but it is a \(f.kind.rawValue). Declare it with 'flow'.", at: v.location, variable: v.name))
            }
        }
        if v.kind == .parameter {
            let readsVariables = v.expression.referencedNames.filter { byName[$0] != nil && byName[$0]?.kind != .parameter }
            let readsClock = v.expression.referencedNames.contains { Builtin.clockNames.contains($0) && $0 != "dt" && $0 != "starttime" && $0 != "stoptime" }
            var usesState = false
            v.expression.visit { if case .call(let f, _, _) = $0, Builtin.named(f)?.isStateful == true { usesState = true } }
            if let other = readsVariables.first {
                found.append(
                    Diagnostic(
                        .error, "Parameter '\(v.displayName)' reads '\(other)', which is a \(byName[other]!.kind.rawValue). A parameter may only read other parameters: declare '\(v.displayName)' as 'aux'.",
                        at: v.location, variable: v.name))
            } else if readsClock || usesState {
                found.append(
                    Diagnostic(.error, "Parameter '\(v.displayName)' changes over time. Declare it as 'aux'.", at: v.location, variable: v.name))
            }
            if let range = v.range, let value = ConstantFolding.value(of: v.expression), !range.contains(value) {
                found.append(
                    Diagnostic(.warning, "Parameter '\(v.displayName)' = \(value) lies outside its range \(range.lowerBound) .. \(range.upperBound).", at: v.location, variable: v.name))
            }
        }
        if let graph = v.graph {
            if graph.xs.count != graph.ys.count || graph.xs.isEmpty {
                found.append(Diagnostic(.error, "The graph of '\(v.displayName)' needs as many x as y values.", at: v.location, variable: v.name))
            } else if zip(graph.xs, graph.xs.dropFirst()).contains(where: { $0 >= $1 }) {
                found.append(
                    Diagnostic(.error, "The graph of '\(v.displayName)' must have strictly increasing x values; sort its points.", at: v.location, variable: v.name))
            }
        }
        return found
    }

    private func checkSpecs() -> [Diagnostic] {
        var found: [Diagnostic] = []
        func add(_ message: String) { found.append(Diagnostic(.error, message, at: specsLocation)) }
        let s = specs
        if !(s.dt > 0) || !s.dt.isFinite { add("The time step dt must be a positive number (it is \(s.dt)).") }
        if !s.start.isFinite || !s.stop.isFinite { add("start and stop must be finite numbers.") }
        if s.stop < s.start { add("stop (\(s.stop)) comes before start (\(s.start)); swap them.") }
        if s.dt > 0, s.stop >= s.start, s.dt > s.stop - s.start, s.stop > s.start {
            add("The time step dt (\(s.dt)) is longer than the whole run (\(s.stop - s.start)); make it smaller.")
        }
        if let save = s.saveEvery, s.dt > 0 {
            let ratio = save / s.dt
            if !(save > 0) || abs(ratio - ratio.rounded()) > 1e-9 * max(1, ratio) {
                add("save_every (\(save)) must be a positive multiple of dt (\(s.dt)).")
            }
        }
        return found
    }
}
