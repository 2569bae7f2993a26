/// How a trend model turns a period ordinal into the regressor it fits on:
///
///     u = (t − c) / s,   c = mean of the observed ordinals,
///                        s = half their range (1 when they are all one period),
///
/// so u lies in [−1, 1] over the data and the design columns 1, u, u² are
/// of one size. A quadratic in raw years (t² ≈ 4·10⁶, t and t² almost
/// collinear) would lose about ten digits in the factorization; centred and
/// scaled, the design is well conditioned and the fitted values and
/// intervals are the same function of t (the model is unchanged, only its
/// coordinates are).
///
/// Time is the ordinal itself: a missing year leaves a gap in t, it does not
/// shift later observations back.
public struct TrendTimeScale: Sendable, Hashable {
    /// c, the mean of the observed ordinals.
    public let centre: Double
    /// s, half the range of the observed ordinals.
    public let scale: Double

    /// The scale for a set of observed ordinals (at least one).
    public init(times: [Int]) {
        precondition(!times.isEmpty, "a time scale needs at least one time")
        let lo = times.min()!, hi = times.max()!
        // Sum relative to the first time: exact in Double for any realistic span.
        let offset = times.reduce(0.0) { $0 + Double($1 - lo) }
        centre = Double(lo) + offset / Double(times.count)
        scale = hi > lo ? Double(hi - lo) / 2 : 1
    }

    /// u = (t − c)/s.
    public func regressor(_ time: Int) -> Double {
        (Double(time) - centre) / scale
    }

    /// The design row (1, u, u², …, u^degree) of period `time`.
    public func designRow(_ time: Int, degree: Int) -> [Double] {
        let u = regressor(time)
        var row = [1.0]
        for _ in 0..<degree { row.append(row[row.count - 1] * u) }
        return row
    }
}
