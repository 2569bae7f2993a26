import LinearAlgebra
import ParallelWork

/// A linear autoregression fitted on every series of a panel at once, on
/// scale-normalised windows (Montero-Manso & Hyndman 2021, "Principles and
/// algorithms for forecasting groups of time series: locality and
/// globality", IJF 37:1632–1653): one set of coefficients for the whole
/// indicator, so 188 communes of 12 years each teach a model that no one
/// of them could.
///
/// **Windows.** Each series y₁ … yₙ gives a window at every t ≥ max(L + 2, 4):
/// the history y₁ … yₜ, its scale sₜ = mean |dᵢ| (dᵢ the changes, i ≤ t),
/// the features
///
///     x = [1, mean(d)/sₜ, dₜ/sₜ, dₜ₋₁/sₜ, …, dₜ₋L₊₁/sₜ]   (L lagged changes)
///
/// and, for each h = 1 … H with t + h ≤ n, the target (yₜ₊ₕ − yₜ)/sₜ.
/// Histories with sₜ = 0 (constant so far) teach nothing and are skipped.
///
/// **Fit.** One coefficient vector βₕ per horizon (direct forecasting: no
/// error feeds back through the recursion), by least absolute deviations,
/// each window weighted 1/(the series' number of windows at h) so a long
/// series counts as much as a short one. The absolute loss is solved by
/// iteratively reweighted least squares (weights 1/max(|r|, 10⁻³), 20
/// rounds from the least-squares start; Schlossmacher 1973), each round a
/// weighted normal-equation solve by LAPACK's Cholesky (`dpotrf`/`dpotrs`)
/// with a tiny ridge (10⁻⁹ of the mean diagonal) so a collinear panel still
/// has an answer. Absolute loss matches the MASE and keeps one wild series
/// from steering the panel.
///
/// **Forecast.** ŷ(h) = yₙ + sₙ·x·βₕ with the series' own last window; a
/// series shorter than L + 1 values fills its missing lags with mean(d)/sₙ.
/// Beyond H the last step's increment continues: ŷ(h) = ŷ(H) + (h − H)·(ŷ(H) − ŷ(H − 1)).
/// A series with no change at all (sₙ = 0) forecasts its last value.
struct GlobalAutoregression: Sendable {
    /// L, the number of lagged changes.
    var lags: Int
    /// H, the longest horizon fitted directly.
    var horizon: Int

    /// The fitted coefficients: `coefficients[h − 1]` holds βₕ (L + 2 values).
    struct Coefficients: Sendable, Equatable {
        var lags: Int
        var values: [[Double]]
    }

    var featureCount: Int { lags + 2 }

    /// The first window's history length.
    var firstWindow: Int { max(lags + 2, 4) }

    /// The features of the history `y` (count ≥ 1), scaled by its mean
    /// absolute change; nil when the history never changes.
    func features(_ y: ArraySlice<Double>) -> (x: [Double], scale: Double)? {
        let n = y.count
        guard n >= 2 else { return nil }
        let scale = meanAbsoluteChange(y)
        guard scale > 0, scale.isFinite else { return nil }
        let meanChange = (y[y.endIndex - 1] - y[y.startIndex]) / Double(n - 1) / scale
        var x = [1.0, meanChange]
        x.reserveCapacity(featureCount)
        for lag in 0..<lags {
            let t = y.endIndex - 1 - lag
            x.append(t - 1 >= y.startIndex ? (y[t] - y[t - 1]) / scale : meanChange)
        }
        return (x, scale)
    }

    /// Fits the coefficients on every series of the panel; nil when no horizon has a window.
    func fit(_ panel: [ArraySlice<Double>]) -> Coefficients? {
        let p = featureCount
        // One row per window: its features; and per horizon, its target and weight.
        var rows: [Double] = []
        var targets = [[Double]](repeating: [], count: horizon)
        var weights = [[Double]](repeating: [], count: horizon)
        var rowOf = [[Int]](repeating: [], count: horizon)
        var rowCount = 0
        for y in panel where y.count > firstWindow {
            var perHorizon = [Int](repeating: 0, count: horizon)
            for t in firstWindow..<y.count {
                let history = y[y.startIndex..<(y.startIndex + t)]
                guard let (x, scale) = features(history) else { continue }
                rows.append(contentsOf: x)
                let origin = history[history.endIndex - 1]
                for h in 1...horizon where t + h <= y.count {
                    targets[h - 1].append((y[y.startIndex + t + h - 1] - origin) / scale)
                    rowOf[h - 1].append(rowCount)
                    weights[h - 1].append(1)
                    perHorizon[h - 1] += 1
                }
                rowCount += 1
            }
            // Each series weighs 1 at each horizon it reaches.
            for h in 0..<horizon where perHorizon[h] > 0 {
                let count = perHorizon[h]
                let first = weights[h].count - count
                for i in first..<weights[h].count { weights[h][i] = 1 / Double(count) }
            }
        }
        // The horizons' fits share nothing but the rows: each on a core of
        // its own, put back in order (the same numbers on one core or many).
        let (allRows, allTargets, allWeights, allSelections) = (rows, targets, weights, rowOf)
        let solved = ParallelPieces.map(count: horizon, minimumPiece: 1) { range in
            range.map { h in
                allSelections[h].count >= p
                    ? leastAbsoluteDeviations(rows: allRows, p: p, select: allSelections[h], targets: allTargets[h], weights: allWeights[h])
                    : nil
            }
        }.flatMap { $0 }
        var coefficients: [[Double]] = []
        for h in 0..<horizon {
            guard let beta = solved[h] else {
                // Too few windows this far ahead: carry the previous horizon's step on.
                guard let previous = coefficients.last else { return nil }
                let before = coefficients.count >= 2 ? coefficients[coefficients.count - 2] : [Double](repeating: 0, count: p)
                coefficients.append(zip(previous, before).map { 2 * $0 - $1 })
                continue
            }
            coefficients.append(beta)
        }
        return Coefficients(lags: lags, values: coefficients)
    }

    /// βₕ minimising Σ wᵢ |targetᵢ − xᵢβ| by IRLS (see the type's comment).
    private func leastAbsoluteDeviations(rows: [Double], p: Int, select: [Int], targets: [Double], weights: [Double]) -> [Double]? {
        guard var beta = weightedSolve(rows: rows, p: p, select: select, targets: targets, weights: weights) else { return nil }
        var adjusted = weights
        for _ in 0..<20 {
            for (i, row) in select.enumerated() {
                var fitted = 0.0
                for j in 0..<p { fitted += rows[row * p + j] * beta[j] }
                adjusted[i] = weights[i] / max(abs(targets[i] - fitted), 1e-3)
            }
            guard let next = weightedSolve(rows: rows, p: p, select: select, targets: targets, weights: adjusted) else { break }
            beta = next
        }
        return beta
    }

    /// The weighted least-squares coefficients through the normal equations.
    private func weightedSolve(rows: [Double], p: Int, select: [Int], targets: [Double], weights: [Double]) -> [Double]? {
        var gram = [Double](repeating: 0, count: p * p)
        var moment = [Double](repeating: 0, count: p)
        for (i, row) in select.enumerated() {
            let w = weights[i], base = row * p
            for j in 0..<p {
                let wx = w * rows[base + j]
                moment[j] += wx * targets[i]
                for k in 0...j { gram[j * p + k] += wx * rows[base + k] }
            }
        }
        var trace = 0.0
        for j in 0..<p { trace += gram[j * p + j] }
        let ridge = 1e-9 * trace / Double(p)
        var symmetric = [Double](repeating: 0, count: p * p)
        for j in 0..<p {
            for k in 0...j {
                symmetric[j * p + k] = gram[j * p + k]
                symmetric[k * p + j] = gram[j * p + k]
            }
            symmetric[j * p + j] += ridge
        }
        guard let solution = try? Matrix(rows: p, columns: p, columnMajor: symmetric)
            .solvingPositiveDefinite(Matrix(rows: p, columns: 1, columnMajor: moment)) else { return nil }
        let beta = solution.elements
        return beta.allSatisfy(\.isFinite) ? beta : nil
    }

    /// The point forecasts of `y` with fitted `coefficients`.
    func forecast(_ y: ArraySlice<Double>, coefficients: Coefficients, horizon steps: Int) -> [Double] {
        let last = y[y.endIndex - 1]
        guard let (x, scale) = features(y) else { return Array(repeating: last, count: steps) }
        var out: [Double] = []
        out.reserveCapacity(steps)
        for h in 0..<min(steps, coefficients.values.count) {
            var f = 0.0
            for j in 0..<x.count { f += x[j] * coefficients.values[h][j] }
            out.append(last + scale * f)
        }
        if steps > out.count {
            let increment = out.count >= 2 ? out[out.count - 1] - out[out.count - 2] : 0
            let end = out[out.count - 1], fitted = out.count
            for h in (fitted + 1)...steps { out.append(end + Double(h - fitted) * increment) }
        }
        return out
    }
}
