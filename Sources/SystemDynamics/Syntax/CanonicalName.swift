import Localization

/// The canonical spelling of a variable or function name: names are case-insensitive, and spaces,
/// underscores and line breaks are equivalent (XMILE 1.0 §3.2.2), so `Room Temperature`,
/// `room_temperature` and `ROOM  TEMPERATURE` all canonicalise to `room_temperature`.
public func canonicalName(_ name: String) -> String {
    var result = ""
    var pendingSeparator = false
    for character in name {
        if character == " " || character == "_" || character == "\n" || character == "\t" || character == "\r" {
            pendingSeparator = !result.isEmpty
            continue
        }
        if pendingSeparator { result.append("_") }
        pendingSeparator = false
        result.append(contentsOf: character.lowercased())
    }
    return result
}

/// Finds the closest valid name to a misspelt one, for "did you mean …?" messages.
public enum NameSuggestion {
    /// The candidate closest to `name` by edit distance on canonical spellings (a swap of two neighbouring
    /// letters counts as one edit), if it is close enough to be a plausible typo: at most a third of the
    /// name's length, at least 1 edit allowed, fewer edits than the name has letters; a candidate that starts
    /// with the name also counts.
    public static func closest<S: Sequence>(to name: String, in candidates: S) -> String? where S.Element == String {
        let target = Array(canonicalName(name))
        guard !target.isEmpty else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let spelled = Array(canonicalName(candidate))
            var distance = editDistance(target, spelled)
            if spelled.starts(with: target) { distance = min(distance, 1) }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        guard let best, best.distance <= max(1, target.count / 3), best.distance < target.count else { return nil }
        return best.name
    }

    /// Edit distance between two character arrays: insertions, deletions, substitutions and swaps of two
    /// neighbouring characters each count 1 (optimal string alignment distance).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// ` Did you mean 'x'?` (` Vouliez-vous dire « x » ?`) or an empty text, ready to append to a message.
    public static func didYouMean<S: Sequence>(_ name: String, in candidates: S) -> LocalizedText where S.Element == String {
        hint(closest(to: name, in: candidates))
    }

    /// ` Vouliez-vous dire « x » ?` / ` Did you mean 'x'?`, or empty texts when there is no match: the single
    /// wording of every suggestion.
    public static func hint(_ match: String?) -> LocalizedText {
        guard let match else { return LocalizedText(fr: "", en: "") }
        return LocalizedText(fr: " Vouliez-vous dire « \(match) » ?", en: " Did you mean '\(match)'?")
    }
}
