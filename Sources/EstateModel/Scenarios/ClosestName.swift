/// Suggests the valid name nearest to a misspelt one, for error messages ("did you mean ...?").
enum ClosestName {
    /// The candidate with the smallest edit distance to `name`, if it is close enough to be a plausible typo
    /// (at most a third of the longer name's length, and at least 1 edit allowed for short names).
    static func closest<S: Sequence>(to name: String, in candidates: S) -> String? where S.Element == String {
        let target = Array(name.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if let current = best, current.distance <= distance { continue }
            best = (candidate, distance)
        }
        guard let found = best else { return nil }
        let allowed = max(1, max(target.count, found.name.count) / 3)
        return found.distance <= allowed ? found.name : nil
    }

    /// " Did you mean 'x'?" or an empty string.
    static func hint<S: Sequence>(for name: String, in candidates: S) -> String where S.Element == String {
        guard let found = closest(to: name, in: candidates) else { return "" }
        return " Did you mean '\(found)'?"
    }

    /// Levenshtein distance (insertions, deletions and substitutions cost 1).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
