/// Decimals for a row of values of one output, chosen from their size so that a row reads consistently:
/// euros and request counts in whole units, percentages to one decimal, small indices to two.
enum ValueDigits {
    /// Decimals for values whose largest magnitude is that of `values`.
    static func digits(for values: [Double]) -> Int {
        let largest = values.filter(\.isFinite).map(abs).max() ?? 0
        if largest >= 1000 { return 0 }
        if largest >= 10 { return 1 }
        return 2
    }
}
