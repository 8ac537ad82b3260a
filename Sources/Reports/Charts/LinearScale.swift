/// Maps a range of finite values onto `count` evenly spaced slots (glyph levels, rows, columns).
struct LinearScale {
    /// The value of the first slot.
    let low: Double
    /// The value of the last slot; equal to `low` for a constant series.
    let high: Double

    /// The nearest slot for a value, clamped to `0..<count`; every value maps to the middle slot when the
    /// range is empty.
    ///
    /// Halves are subtracted rather than the values themselves so that a range spanning most of `Double`
    /// cannot overflow to infinity and produce NaN positions.
    func slot(of value: Double, count: Int) -> Int {
        guard count > 1 else { return 0 }
        let span = high / 2 - low / 2
        guard span > 0 else { return (count - 1) / 2 }
        let position = (value / 2 - low / 2) / span * Double(count - 1)
        guard position.isFinite else { return 0 }
        return Int(min(max(position.rounded(), 0), Double(count - 1)))
    }
}
