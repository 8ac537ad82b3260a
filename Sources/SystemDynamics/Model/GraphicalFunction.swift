/// A graphical function (lookup table): a curve given by points, applied to a variable's input value.
public struct GraphicalFunction: Sendable, Hashable {
    /// How values between and beyond the points are read (XMILE 1.0 §3.1.4).
    public enum Interpolation: String, Sendable, Hashable, CaseIterable {
        /// Straight lines between points; the end values hold beyond the ends.
        case continuous
        /// Straight lines between points, extended beyond the ends along the first and last segments.
        case extrapolate
        /// Each point's value holds until the next point; the last value holds beyond it.
        case discrete
    }

    /// Increasing x values.
    public var xs: [Double]
    /// One y per x.
    public var ys: [Double]
    /// How to read between points.
    public var interpolation: Interpolation

    /// Creates a graphical function; `xs` must be increasing and as long as `ys` (the checker says so if not).
    public init(xs: [Double], ys: [Double], interpolation: Interpolation = .continuous) {
        self.xs = xs
        self.ys = ys
        self.interpolation = interpolation
    }

    /// The curve's value at `x`.
    public func callAsFunction(_ x: Double) -> Double {
        xs.withUnsafeBufferPointer { xs in ys.withUnsafeBufferPointer { ys in Self.interpolate(xs: xs, ys: ys, interpolation, at: x) } }
    }

    /// Reads a curve given by its points; the single statement of how each interpolation works, used both by
    /// ``callAsFunction(_:)`` and by the engine's hot loop.
    @inline(__always)
    static func interpolate(
        xs: UnsafeBufferPointer<Double>, ys: UnsafeBufferPointer<Double>, _ interpolation: Interpolation, at x: Double
    ) -> Double {
        let n = Swift.min(xs.count, ys.count)
        guard n > 1 else { return n == 1 ? ys[0] : 0 }
        switch interpolation {
        case .discrete:
            if x.isNaN { return x }
            if x < xs[0] { return ys[0] }
            var i = n - 1
            while i > 0 && x < xs[i] { i -= 1 }
            return ys[i]
        case .continuous, .extrapolate:
            // A NaN fails every comparison below and comes out of the arithmetic as NaN: no test of its own
            // in the engine's hottest builtin.
            if x <= xs[0] {
                if interpolation == .continuous || x == xs[0] { return ys[0] }
                return ys[0] + (x - xs[0]) * (ys[1] - ys[0]) / (xs[1] - xs[0])
            }
            if x >= xs[n - 1] {
                if interpolation == .continuous || x == xs[n - 1] { return ys[n - 1] }
                return ys[n - 1] + (x - xs[n - 1]) * (ys[n - 1] - ys[n - 2]) / (xs[n - 1] - xs[n - 2])
            }
            var low = 0
            var high = n - 1
            if n <= 16 {
                // Short tables (the usual effect curves): a linear scan beats a binary search.
                high = 1
                while xs[high] < x { high += 1 }
                low = high - 1
            } else {
                while high - low > 1 {
                    let middle = (low + high) / 2
                    if xs[middle] <= x { low = middle } else { high = middle }
                }
            }
            return ys[low] + (x - xs[low]) * (ys[high] - ys[low]) / (xs[high] - xs[low])
        }
    }
}
