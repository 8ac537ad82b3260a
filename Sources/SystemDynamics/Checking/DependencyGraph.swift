/// Which variables each variable reads, in the two phases of a run, and the orders derived from them.
///
/// At initialisation every reference counts, stocks included (a stock's initial value is an equation). During
/// a time step a stock's value is already known, so references to stocks, and to the state of smooths,
/// delays, INIT and PREVIOUS, do not count: that is what lets feedback loops through stocks be computed.
struct DependencyGraph: Sendable {
    /// Canonical names in declaration order.
    let names: [String]
    /// For each variable, the variables its value reads during a time step.
    let stepDependencies: [String: [String]]
    /// For each variable, the variables its initial value reads.
    let initialDependencies: [String: [String]]

    init(variables: [Variable]) {
        names = variables.map(\.name)
        let kinds = Dictionary(variables.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var step: [String: [String]] = [:]
        var initial: [String: [String]] = [:]
        for v in variables {
            let all = Self.references(in: v.expression, instantaneousOnly: false).filter { kinds[$0] != nil }
            initial[v.name] = Self.unique(all)
            if v.kind == .stock {
                step[v.name] = []
            } else {
                step[v.name] = Self.unique(
                    Self.references(in: v.expression, instantaneousOnly: true).filter { kinds[$0] != nil && kinds[$0] != .stock })
            }
        }
        stepDependencies = step
        initialDependencies = initial
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// Variable names read by an expression; with `instantaneousOnly`, only those read within the same step.
    static func references(in expression: Expression, instantaneousOnly: Bool) -> [String] {
        switch expression {
        case .number: return []
        case .name(let n, _): return [n]
        case .unary(_, let x, _): return references(in: x, instantaneousOnly: instantaneousOnly)
        case .binary(_, let a, let b, _):
            return references(in: a, instantaneousOnly: instantaneousOnly) + references(in: b, instantaneousOnly: instantaneousOnly)
        case .conditional(let c, let a, let b, _):
            return [c, a, b].flatMap { references(in: $0, instantaneousOnly: instantaneousOnly) }
        case .call(let f, let args, _):
            let builtin = Builtin.named(f)
            let counted =
                instantaneousOnly
                ? (builtin?.instantaneousArguments ?? Array(args.indices))
                : (builtin?.initialArguments(count: args.count) ?? Array(args.indices))
            return args.indices.filter { counted.contains($0) }.flatMap { references(in: args[$0], instantaneousOnly: instantaneousOnly) }
        }
    }

    /// A topological order of `names` for the given dependencies, or the cycles that prevent one, each as
    /// a closed chain `a → b → a`.
    static func order(_ names: [String], _ dependencies: [String: [String]]) -> (order: [String], cycles: [[String]]) {
        // Tarjan's strongly connected components: they come out dependencies first, which is the order needed.
        var index = 0
        var indices: [String: Int] = [:]
        var lowLinks: [String: Int] = [:]
        var stack: [String] = []
        var onStack: Set<String> = []
        var order: [String] = []
        var cycles: [[String]] = []

        // Iterative to survive very long chains without exhausting the call stack.
        for root in names where indices[root] == nil {
            var work: [(node: String, next: Int)] = [(root, 0)]
            indices[root] = index
            lowLinks[root] = index
            index += 1
            stack.append(root)
            onStack.insert(root)
            while let (node, next) = work.last {
                let edges = dependencies[node] ?? []
                if next < edges.count {
                    work[work.count - 1].next += 1
                    let target = edges[next]
                    if indices[target] == nil {
                        indices[target] = index
                        lowLinks[target] = index
                        index += 1
                        stack.append(target)
                        onStack.insert(target)
                        work.append((target, 0))
                    } else if onStack.contains(target) {
                        lowLinks[node] = Swift.min(lowLinks[node]!, indices[target]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLinks[parent] = Swift.min(lowLinks[parent]!, lowLinks[node]!) }
                if lowLinks[node] == indices[node] {
                    var component: [String] = []
                    while let top = stack.popLast() {
                        onStack.remove(top)
                        component.append(top)
                        if top == node { break }
                    }
                    let selfLoop = (dependencies[node] ?? []).contains(node)
                    if component.count > 1 || selfLoop {
                        cycles.append(chain(through: Set(component), from: component.min()!, dependencies))
                    } else {
                        order.append(node)
                    }
                }
            }
        }
        return (order, cycles)
    }

    /// A closed path inside a strongly connected component, starting and ending at `start`.
    private static func chain(through component: Set<String>, from start: String, _ dependencies: [String: [String]]) -> [String] {
        // Breadth-first search for the shortest way back to the start.
        var previous: [String: String] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for target in dependencies[node] ?? [] where component.contains(target) {
                if target == start {
                    var path = [node]
                    while let p = previous[path[0]] { path.insert(p, at: 0) }
                    return path + [start]
                }
                if previous[target] == nil && target != start {
                    previous[target] = node
                    queue.append(target)
                }
            }
        }
        return [start, start]
    }
}
