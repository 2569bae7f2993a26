/// The one-step residuals of a random walk, as R's `forecast:::lagwalk`
/// (lag 1) computes them, which `naive()` and `rwf()` share.
///
/// The fitted value at period t is the last observed value before t (R
/// carries the last value forward across a gap), so the residual at the
/// first period after a gap is the change since the last observation,
/// counted as one step. With m observed values there are m − 1 residuals.
struct LagWalk: Sendable, Equatable {
    /// yₜ − (last observed value before t), one per observed period after the first.
    let differences: [Double]
    /// The last observed value, where every forecast starts.
    let lastValue: Double
    /// Ordinal of the last period.
    let end: Int

    /// The walk through a series' observed values, or an error when fewer
    /// than `needed` values are observed or a value is not finite.
    init(_ series: TimeSeries, needed: Int) throws(ModelError) {
        let observed = series.observed.values
        guard observed.count >= needed else {
            throw .tooFewObservations(needed: needed, found: observed.count)
        }
        if let bad = observed.first(where: { !$0.isFinite }) {
            throw .numerical("the series holds the non-finite value \(bad)")
        }
        differences = zip(observed.dropFirst(), observed).map { $0 - $1 }
        lastValue = observed[observed.count - 1]
        end = series.end
    }

    /// Number of residuals (observed values − 1).
    var count: Int { differences.count }
}
