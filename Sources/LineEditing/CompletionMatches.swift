/// The answer to one Tab press: the text that replaces the typed word, and the candidates to list.
///
/// This follows readline's convention for `rl_completion_matches`: the replacement is the longest common
/// prefix of the candidates, inserted on the first Tab; the second Tab lists the candidates. The prefix is
/// computed on characters, not bytes, so `élan` and `été` share `é` rather than half of its UTF-8 bytes
/// (libedit's own `rl_completion_matches` compares bytes).
struct CompletionMatches: Hashable {
    /// The text that replaces the typed word: the candidates' longest common prefix.
    let replacement: String
    /// The candidates that start with the typed word, sorted, without duplicates.
    let candidates: [String]

    /// Keeps the `proposals` that start with `word`; `nil` when none does.
    init?(word: String, proposals: [String]) {
        let kept = Set(proposals.filter { $0.hasPrefix(word) && !$0.isEmpty }).sorted()
        guard var prefix = kept.first?[...] else { return nil }
        for candidate in kept.dropFirst() {
            prefix = prefix.prefix(zip(prefix, candidate).prefix { $0 == $1 }.count)
        }
        replacement = String(prefix)
        candidates = kept
    }
}
