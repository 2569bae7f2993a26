import Forecasting

/// The distribution of a sample of standardized errors, smoothed between
/// the order statistics by Hyndman & Fan's (1996) definition 8 — R's
/// `quantile(type = 8)`, numpy's `method = "median_unbiased"`, the
/// definition they recommend because its quantiles are approximately
/// median-unbiased whatever the distribution.
///
/// With x₍₁₎ ≤ … ≤ x₍ₙ₎ the sorted sample, the p-quantile is
///
///     m = (n + 1/3)·p + 1/3,   j = ⌊m⌋,   g = m − j,
///     Q(p) = (1 − g)·x₍ⱼ₎ + g·x₍ⱼ₊₁₎,   Q(p) = x₍₁₎ for m < 1, x₍ₙ₎ for m ≥ n;
///
/// so x₍ⱼ₎ is the ((j − 1/3)/(n + 1/3))-quantile. The distribution function
/// is the inverse of that piecewise-linear Q, held at (2/3)/(n + 1/3) below
/// x₍₁₎ and at (n − 1/3)/(n + 1/3) above x₍ₙ₎: a sample of n cannot tell a
/// probability nearer 0 or 1 than about 1/n, so it never says 0 or 1.
struct EmpiricalDistribution: Sendable, Equatable {
    /// The sample, sorted ascending; never empty.
    let sorted: [Double]

    /// - Precondition: the sample is not empty and every value is finite.
    init(_ sample: [Double]) {
        precondition(!sample.isEmpty && sample.allSatisfy(\.isFinite), "a finite, non-empty sample")
        sorted = sample.sorted()
    }

    var count: Int { sorted.count }

    /// Q(p), definition 8, for p in [0, 1].
    func quantile(_ p: Double) -> Double {
        SampleQuantile.type8(sorted: sorted, p)
    }

    /// F(x) = P(Z ≤ x): the inverse of `quantile`, held inside
    /// [(2/3)/(n + 1/3), (n − 1/3)/(n + 1/3)]. Where several order
    /// statistics tie at x, F(x) is the probability of the last of them.
    func cumulativeProbability(_ x: Double) -> Double {
        let n = Double(sorted.count)
        func probability(atPosition m: Double) -> Double { (m - 1.0 / 3) / (n + 1.0 / 3) }
        if x < sorted[0] { return probability(atPosition: 1) }
        if x >= sorted[sorted.count - 1] { return probability(atPosition: n) }
        // The last j (1-based) with x₍ⱼ₎ ≤ x; x₍ⱼ₊₁₎ > x exists because x < x₍ₙ₎.
        var low = 0, high = sorted.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if sorted[middle] <= x { low = middle } else { high = middle }
        }
        let g = (x - sorted[low]) / (sorted[low + 1] - sorted[low])
        return probability(atPosition: Double(low + 1) + g)
    }

    /// P(Z ≥ x) = 1 − F(x) (the distribution is continuous between the order statistics).
    func survival(_ x: Double) -> Double { 1 - cumulativeProbability(x) }
}
