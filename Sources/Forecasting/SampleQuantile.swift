/// Quantiles of a sample, one definition for the whole package.
public enum SampleQuantile {
    /// R's `quantile(x, p, type = 8)` (median-unbiased, Hyndman & Fan 1996),
    /// the definition they recommend, of values sorted ascending: with
    /// n·p + (p + 1)/3 = j + g, Q = (1 − g) x_j + g x_{j+1} (1-based),
    /// clamped to the smallest and largest values. NaN for an empty sample.
    public static func type8(sorted x: [Double], _ p: Double) -> Double {
        let n = x.count
        guard n > 0 else { return .nan }
        let position = Double(n) * p + (p + 1) / 3
        let j = Int(position.rounded(.down))
        let g = position - Double(j)
        if j < 1 { return x[0] }
        if j >= n { return x[n - 1] }
        return (1 - g) * x[j - 1] + g * x[j]
    }
}
