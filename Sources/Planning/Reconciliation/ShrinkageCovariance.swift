import LinearAlgebra

/// The covariance W of one-step forecast errors that MinT weighs by: the
/// sample covariance shrunk toward its diagonal (Schäfer & Strimmer 2005,
/// *Stat. Appl. Genet. Mol. Biol.* 4:32, target "D"), as R's
/// `hts:::shrink.estim` and fabletools' `min_trace(method = "mint_shrink")`
/// compute it (Wickramasuriya, Athanasopoulos & Hyndman 2019, *JASA* 114:804, §2.4).
///
/// With residuals eₜᵢ (t = 1…T rows, i = 1…n nodes):
///
///     Ŵᵢⱼ = (1/T) Σₜ eₜᵢ eₜⱼ                      (divisor T, not centred)
///     r̂ᵢⱼ = Ŵᵢⱼ / √(Ŵᵢᵢ Ŵⱼⱼ),   xₜᵢ = eₜᵢ / √Ŵᵢᵢ
///     V̂ar(r̂ᵢⱼ) = 1/(T(T−1)) · (Σₜ xₜᵢ² xₜⱼ² − (1/T)(Σₜ xₜᵢ xₜⱼ)²)
///     λ = Σᵢ≠ⱼ V̂ar(r̂ᵢⱼ) / Σᵢ≠ⱼ r̂ᵢⱼ²,  clipped to [0, 1]
///     W = λ diag(Ŵ) + (1 − λ) Ŵ
///
/// Both R implementations divide by T and do not centre the residuals (one-
/// step errors of unbiased forecasts have mean zero), and so does this one,
/// so that the same residuals give the same W and λ as R.
///
/// **Missing residuals** (NaN or ±∞) are dropped listwise: a time row enters
/// only if every node has a residual there, and T counts those rows. (hts
/// has no rule for NA; fabletools drops rows listwise for Ŵ but still
/// divides by the full row count.) Listwise deletion keeps Ŵ positive
/// semidefinite, which pairwise deletion does not.
///
/// **Edge cases.** A node whose residuals are all zero (a perfect in-sample
/// fit) has Ŵᵢᵢ = 0: its correlations are taken as 0, it adds nothing to
/// either sum of λ, and its variance in W is floored at 10⁻⁸ × the largest
/// variance (1 if all are zero), the limit of MinT as that variance goes to
/// zero: its reconciled forecast stays at its base forecast. When there is
/// no correlation to shrink (n = 1, or every r̂ᵢⱼ = 0), λ = 1, which gives the
/// same W as any λ would. With fewer rows than nodes (T < n) Ŵ is singular,
/// and W is positive definite as long as λ > 0 and the variances are positive.
public struct ShrinkageCovariance: Sendable, Equatable {
    /// W, n × n.
    public let covariance: Matrix
    /// Ŵ, the sample covariance (divisor T) before shrinking.
    public let sample: Matrix
    /// The shrinkage intensity λ ∈ [0, 1].
    public let lambda: Double
    /// T, the number of complete time rows used.
    public let rowCount: Int

    /// The floor of a zero variance, relative to the largest one.
    static let varianceFloor = 1e-8

    /// The estimate from residuals T₀ × n (rows = time, columns = nodes).
    /// Throws `.tooFewResiduals` when fewer than 2 rows are complete.
    public init(residuals: Matrix) throws(ReconciliationError) {
        let n = residuals.columns
        let completeRows = (0..<residuals.rows).filter { t in
            (0..<n).allSatisfy { residuals[t, $0].isFinite }
        }
        let rows = completeRows.count
        guard rows >= 2 else { throw .tooFewResiduals(completeRows: rows, needed: 2) }
        var e = Matrix(rows: rows, columns: n)
        for j in 0..<n {
            for (r, t) in completeRows.enumerated() { e[r, j] = residuals[t, j] }
        }
        let count = Double(rows)

        var sample = e.transposed() * e
        for k in sample.elements.indices { sample.elements[k] /= count }
        let variances = (0..<n).map { sample[$0, $0] }
        let scales = variances.map { $0 > 0 ? 1 / $0.squareRoot() : 0 }

        // x = e scaled to unit mean square; a zero-variance column stays 0, so
        // its correlations and their variances are 0.
        var x = e
        var xSquared = e
        for j in 0..<n {
            for t in 0..<rows {
                x[t, j] = e[t, j] * scales[j]
                xSquared[t, j] = x[t, j] * x[t, j]
            }
        }
        let crossX = x.transposed() * x
        let crossXSquared = xSquared.transposed() * xSquared
        var varianceSum = 0.0, squaredCorrelationSum = 0.0
        for j in 0..<n {
            for i in 0..<n where i != j {
                let r = sample[i, j] * scales[i] * scales[j]
                squaredCorrelationSum += r * r
                varianceSum += (crossXSquared[i, j] - crossX[i, j] * crossX[i, j] / count) / (count * (count - 1))
            }
        }
        let lambda = squaredCorrelationSum > 0 ? min(max(varianceSum / squaredCorrelationSum, 0), 1) : 1

        var w = sample
        for j in 0..<n {
            for i in 0..<n where i != j { w[i, j] = (1 - lambda) * sample[i, j] }
        }
        let largest = variances.max() ?? 0
        let floor = largest > 0 ? Self.varianceFloor * largest : 1
        for i in 0..<n where !(variances[i] > 0) { w[i, i] = floor }

        self.covariance = w
        self.sample = sample
        self.lambda = lambda
        self.rowCount = rows
    }
}
