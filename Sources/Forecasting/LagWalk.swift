/// The changes of a random walk between consecutive observed values, each
/// with the number of periods it spans, shared by `naive` and `drift`.
///
/// Without gaps every change spans one period and the residuals are R's
/// `forecast:::lagwalk` (lag 1). Across a gap of k − 1 missing periods the
/// change dᵢ = y(tᵢ) − y(tᵢ₋₁) spans kᵢ = tᵢ − tᵢ₋₁ periods: under a random
/// walk with drift b it is N(kᵢ b, kᵢ σ²), the sum of kᵢ steps. So the
/// models fit by time, not by position: a series observed in 2000–2002 and
/// 2004–2005 has a slope per year, and one observed in 1000–1002 and 9000
/// forecasts 9001 one year after 9000. (R's `rwf` drops the changes next to
/// a gap instead; without gaps the two agree exactly.)
///
/// The scaled changes zᵢ = dᵢ/√kᵢ have variance σ² whatever the gap, and
/// carry the likelihood.
struct LagWalk: Sendable, Equatable {
    /// dᵢ = y(tᵢ) − y(tᵢ₋₁), one per observed period after the first.
    let differences: [Double]
    /// kᵢ = tᵢ − tᵢ₋₁ ≥ 1, the periods each change spans.
    let steps: [Double]
    /// The last observed value, where every forecast starts.
    let lastValue: Double
    /// Ordinal of the last period.
    let end: Int

    /// The walk through a series' observed values, or an error when fewer
    /// than `needed` values are observed or a value is not finite.
    init(_ series: TimeSeries, needed: Int) throws(ModelError) {
        let (times, observed) = series.observed
        guard observed.count >= needed else {
            throw .tooFewObservations(needed: needed, found: observed.count)
        }
        if let bad = observed.first(where: { !$0.isFinite }) {
            throw .numerical("the series holds the non-finite value \(bad)")
        }
        differences = zip(observed.dropFirst(), observed).map { $0 - $1 }
        steps = zip(times.dropFirst(), times).map { Double($0 - $1) }
        lastValue = observed[observed.count - 1]
        end = series.end
    }

    /// Number of changes (observed values − 1).
    var count: Int { differences.count }

    /// Σ kᵢ, the periods from the first observation to the last.
    var span: Double { steps.sum }

    /// Σ (dᵢ − kᵢ b)² / kᵢ: the squared scaled residuals about a drift b
    /// (b = 0 for the naive walk).
    func scaledSumOfSquares(drift b: Double = 0) -> Double {
        var total = 0.0
        for (d, k) in zip(differences, steps) {
            let e = d - k * b
            total += e * e / k
        }
        return total
    }
}
