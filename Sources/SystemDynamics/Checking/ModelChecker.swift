import Localization

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
                        .error,
                        LocalizedText(
                            fr: "« \(v.displayName) » est déclaré deux fois (d'abord en \(first.location.map(\.description) ?? "?")). Renommez ou supprimez l'une des déclarations.",
                            en: "'\(v.displayName)' is declared twice (first at \(first.location.map(\.description) ?? "?")). Rename or remove one."),
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
        let phases = [
            (LocalizedText(fr: "à chaque pas de temps", en: "during each time step"), graph.stepDependencies),
            (LocalizedText(fr: "à l'initialisation", en: "at initialisation"), graph.initialDependencies),
        ]
        for (phase, dependencies) in phases {
            for cycle in DependencyGraph.order(graph.names, dependencies).cycles where !reported.contains(Set(cycle)) {
                reported.append(Set(cycle))
                let first = byName[cycle[0]]
                let loop = cycle.map { byName[$0]?.displayName ?? $0 }.joined(separator: " → ")
                found.append(
                    Diagnostic(
                        .error,
                        LocalizedText(
                            fr: "Définition circulaire \(phase.fr) : \(loop). Cassez la boucle avec un stock (ou un SMTH1 ou un DELAY) quelque part sur son parcours.",
                            en: "Circular definition \(phase.en): \(loop). Break the loop with a stock (or a SMTH1 or DELAY) somewhere along it."),
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
                    let hint =
                        Builtin.named(n).map {
                            LocalizedText(
                                fr: " « \($0.rawValue.uppercased()) » est une fonction : écrivez \($0.signature).",
                                en: " '\($0.rawValue.uppercased())' is a function: write \($0.signature).")
                        } ?? NameSuggestion.didYouMean(n, in: known)
                    found.append(
                        Diagnostic(
                            .error,
                            LocalizedText(
                                fr: "Nom inconnu « \(n) » dans l'équation de « \(v.displayName) »." + hint.fr,
                                en: "Unknown name '\(n)' in the equation of '\(v.displayName)'." + hint.en),
                            at: location, variable: v.name))
                }
            case .call(let f, let args, let location):
                guard let builtin = Builtin.named(f) else {
                    let hint = NameSuggestion.hint(NameSuggestion.closest(to: f, in: Builtin.allCases.map(\.rawValue))?.uppercased())
                    found.append(
                        Diagnostic(
                            .error,
                            LocalizedText(
                                fr: "Fonction inconnue « \(f.uppercased()) ».\(hint.fr)",
                                en: "Unknown function '\(f.uppercased())'.\(hint.en)"),
                            at: location, variable: v.name))
                    return
                }
                if !builtin.arity.contains(args.count) {
                    found.append(
                        Diagnostic(
                            .error,
                            LocalizedText(
                                fr: "\(f.uppercased()) prend \(Self.describe(builtin.arity, or: "ou")) argument\(builtin.arity.upperBound == 1 ? "" : "s"), pas \(args.count) : \(builtin.signature).",
                                en: "\(f.uppercased()) takes \(Self.describe(builtin.arity, or: "or")) argument\(builtin.arity.upperBound == 1 ? "" : "s"), not \(args.count): \(builtin.signature)."),
                            at: location, variable: v.name))
                }
                if [.smthn, .delayn].contains(builtin), args.count >= 3, ConstantFolding.value(of: args[2]) == nil {
                    found.append(
                        Diagnostic(
                            .error,
                            LocalizedText(
                                fr: "L'ordre n de \(f.uppercased()) doit être un nombre écrit dans l'équation (il fixe le nombre de stocks cachés construits).",
                                en: "The order n of \(f.uppercased()) must be a number written in the equation (it sets how many hidden stocks are built)."),
                            at: args[2].location, variable: v.name))
                }
            default: break
            }
        }
        return found
    }

    private static func describe(_ arity: ClosedRange<Int>, or: String) -> String {
        arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) \(or) \(arity.upperBound)"
    }

    private func checkKindRules(_ v: Variable, byName: [String: Variable]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for flow in v.inflows + v.outflows {
            guard let f = byName[flow] else {
                let hint = NameSuggestion.didYouMean(flow, in: byName.values.filter { $0.kind == .flow }.map(\.name))
                found.append(
                    Diagnostic(
                        .error,
                        LocalizedText(
                            fr: "Le stock « \(v.displayName) » cite un flux inconnu « \(flow) »." + hint.fr,
                            en: "Stock '\(v.displayName)' lists an unknown flow '\(flow)'." + hint.en),
                        at: v.location, variable: v.name))
                continue
            }
            if f.kind != .flow {
                found.append(
                    Diagnostic(
                        .error,
                        LocalizedText(
                            fr: "Le stock « \(v.displayName) » cite « \(f.displayName) » comme flux, mais c'est un \(f.kind.rawValue). Déclarez-le avec « flow ».",
                            en: "Stock '\(v.displayName)' lists '\(f.displayName)' as a flow, but it is a \(f.kind.rawValue). Declare it with 'flow'."),
                        at: v.location, variable: v.name))
            }
        }
        if v.kind == .parameter {
            let readsVariables = v.expression.referencedNames.filter { byName[$0] != nil && byName[$0]?.kind != .parameter }
            let readsClock = v.expression.referencedNames.contains { Builtin.clockNames.contains($0) && $0 != "dt" && $0 != "starttime" && $0 != "stoptime" }
            var usesState = false
            v.expression.visit { if case .call(let f, _, _) = $0, Builtin.named(f)?.isStateful == true { usesState = true } }
            if let other = readsVariables.first {
                let otherKind = byName[other]?.kind.rawValue ?? ""
                found.append(
                    Diagnostic(
                        .error,
                        LocalizedText(
                            fr: "Le paramètre « \(v.displayName) » lit « \(other) », qui est un \(otherKind). Un paramètre ne peut lire que d'autres paramètres : déclarez « \(v.displayName) » comme « aux ».",
                            en: "Parameter '\(v.displayName)' reads '\(other)', which is a \(otherKind). A parameter may only read other parameters: declare '\(v.displayName)' as 'aux'."),
                        at: v.location, variable: v.name))
            } else if readsClock || usesState {
                found.append(
                    Diagnostic(
                        .error,
                        LocalizedText(
                            fr: "Le paramètre « \(v.displayName) » varie dans le temps. Déclarez-le comme « aux ».",
                            en: "Parameter '\(v.displayName)' changes over time. Declare it as 'aux'."),
                        at: v.location, variable: v.name))
            }
            if let range = v.range, let value = ConstantFolding.value(of: v.expression), !range.contains(value) {
                let (x, low, high) = (LocalizedText.number(value), LocalizedText.number(range.lowerBound), LocalizedText.number(range.upperBound))
                found.append(
                    Diagnostic(
                        .warning,
                        LocalizedText(
                            fr: "Le paramètre « \(v.displayName) » = \(x.fr) sort de son intervalle \(low.fr) .. \(high.fr).",
                            en: "Parameter '\(v.displayName)' = \(x.en) lies outside its range \(low.en) .. \(high.en)."),
                        at: v.location, variable: v.name))
            }
        }
        if let graph = v.graph {
            if graph.xs.count != graph.ys.count || graph.xs.isEmpty {
                found.append(Diagnostic(
                        .error,
                        LocalizedText(
                            fr: "Le graphe de « \(v.displayName) » demande autant de valeurs x que de valeurs y.",
                            en: "The graph of '\(v.displayName)' needs as many x as y values."),
                        at: v.location, variable: v.name))
            } else if zip(graph.xs, graph.xs.dropFirst()).contains(where: { $0 >= $1 }) {
                found.append(
                    Diagnostic(
                        .error,
                        LocalizedText(
                            fr: "Le graphe de « \(v.displayName) » doit avoir des valeurs x strictement croissantes ; triez ses points.",
                            en: "The graph of '\(v.displayName)' must have strictly increasing x values; sort its points."),
                        at: v.location, variable: v.name))
            }
        }
        return found
    }

    private func checkSpecs() -> [Diagnostic] {
        var found: [Diagnostic] = []
        func add(fr: String, en: String) { found.append(Diagnostic(.error, LocalizedText(fr: fr, en: en), at: specsLocation)) }
        let s = specs
        let (dt, start, stop, length) = (
            LocalizedText.number(s.dt), LocalizedText.number(s.start), LocalizedText.number(s.stop), LocalizedText.number(s.stop - s.start)
        )
        if !(s.dt > 0) || !s.dt.isFinite {
            add(fr: "Le pas de temps dt doit être un nombre positif (il vaut \(dt.fr)).", en: "The time step dt must be a positive number (it is \(dt.en)).")
        }
        if !s.start.isFinite || !s.stop.isFinite { add(fr: "start et stop doivent être des nombres finis.", en: "start and stop must be finite numbers.") }
        if s.stop < s.start {
            add(fr: "stop (\(stop.fr)) vient avant start (\(start.fr)) ; inversez-les.", en: "stop (\(stop.en)) comes before start (\(start.en)); swap them.")
        }
        if s.dt > 0, s.stop >= s.start, s.dt > s.stop - s.start, s.stop > s.start {
            add(
                fr: "Le pas de temps dt (\(dt.fr)) est plus long que toute la simulation (\(length.fr)) ; réduisez-le.",
                en: "The time step dt (\(dt.en)) is longer than the whole run (\(length.en)); make it smaller.")
        }
        if let save = s.saveEvery, s.dt > 0 {
            let ratio = save / s.dt
            if !(save > 0) || abs(ratio - ratio.rounded()) > 1e-9 * max(1, ratio) {
                let every = LocalizedText.number(save)
                add(
                    fr: "save_every (\(every.fr)) doit être un multiple positif de dt (\(dt.fr)).",
                    en: "save_every (\(every.en)) must be a positive multiple of dt (\(dt.en)).")
            }
        }
        return found
    }
}
