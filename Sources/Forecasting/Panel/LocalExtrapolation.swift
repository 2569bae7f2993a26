/// The per-series members of the panel forecast (`PooledCombination`): cheap
/// extrapolations of one series' own history, each a point forecast only
/// (the panel's pooled errors give the intervals, `PanelIntervals`).
///
/// With y₁ … yₙ the (seasonally adjusted) history and dₜ = yₜ − yₜ₋₁:
///
/// - `naive`: ŷ(h) = yₙ.
/// - `drift`: ŷ(h) = yₙ + h·(yₙ − y₁)/(n − 1), the random walk with drift.
/// - `ses`: simple exponential smoothing ℓₜ = αyₜ + (1 − α)ℓₜ₋₁, ℓ₁ = y₁,
///   α on the grid 0.05, 0.10, …, 1 minimising the one-step squared
///   errors; ŷ(h) = ℓₙ. A grid, not an optimiser: on 10–40 yearly points
///   the sum of squares is flat in α and the grid's answer forecasts as
///   well, at a few hundred operations.
/// - `ar1d`: an AR(1) with constant on the changes, dₜ = c + φdₜ₋₁ + eₜ by
///   least squares, φ clipped to [−0.95, 0.95] (c re-estimated for the
///   clipped φ) so the changes revert to c/(1 − φ) and never explode;
///   ŷ(h) = yₙ + Σ_{j≤h} d̂ₙ₊ⱼ. Needs 4 changes, else it is `drift`.
/// - `dotm`: the dynamic optimised theta method (`DynamicTheta`).
///
/// Every member needs n ≥ 1; with n = 1 each is the naive forecast.
enum LocalExtrapolation: String, CaseIterable, Sendable {
    case naive, drift, ses, ar1d, dotm

    /// The point forecasts ŷ(1) … ŷ(horizon) from `y`.
    func forecast(_ y: ArraySlice<Double>, horizon: Int) -> [Double] {
        let n = y.count
        let last = y[y.endIndex - 1]
        guard n >= 2 else { return Array(repeating: last, count: horizon) }
        switch self {
        case .naive:
            return Array(repeating: last, count: horizon)
        case .drift:
            return Self.drift(y, horizon: horizon)
        case .ses:
            let level = Self.smoothedLevel(y)
            return Array(repeating: level, count: horizon)
        case .ar1d:
            return Self.autoregressiveChanges(y, horizon: horizon)
        case .dotm:
            return DynamicTheta.forecast(y, horizon: horizon) ?? Self.drift(y, horizon: horizon)
        }
    }

    static func drift(_ y: ArraySlice<Double>, horizon: Int) -> [Double] {
        let n = y.count
        let last = y[y.endIndex - 1]
        let slope = (last - y[y.startIndex]) / Double(n - 1)
        return (1...horizon).map { last + Double($0) * slope }
    }

    /// The final level of SES with the grid-best α (ℓ₁ = y₁).
    static func smoothedLevel(_ y: ArraySlice<Double>) -> Double {
        var bestSSE = Double.infinity
        var bestLevel = y[y.endIndex - 1]
        for step in 1...20 {
            let alpha = Double(step) * 0.05
            var level = y[y.startIndex]
            var sse = 0.0
            for value in y.dropFirst() {
                let error = value - level
                sse += error * error
                level += alpha * error
            }
            // Strictly smaller: ties go to the smaller α, the smoother level.
            if sse < bestSSE {
                bestSSE = sse
                bestLevel = level
            }
        }
        return bestLevel
    }

    static func autoregressiveChanges(_ y: ArraySlice<Double>, horizon: Int) -> [Double] {
        let n = y.count
        guard n >= 5 else { return drift(y, horizon: horizon) }
        // Pairs (dₜ₋₁, dₜ) for t = 3 … n (1-based): n − 2 of them.
        let base = y.startIndex
        var sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0
        let pairs = Double(n - 2)
        for t in (base + 2)..<y.endIndex {
            let previous = y[t - 1] - y[t - 2]
            let current = y[t] - y[t - 1]
            sx += previous; sy += current
            sxx += previous * previous; sxy += previous * current
        }
        let mx = sx / pairs, my = sy / pairs
        let variance = sxx - pairs * mx * mx
        var phi = variance > 1e-12 * max(sxx, 1e-300) ? (sxy - pairs * mx * my) / variance : 0
        phi = min(0.95, max(-0.95, phi))
        let c = my - phi * mx
        var change = y[y.endIndex - 1] - y[y.endIndex - 2]
        var value = y[y.endIndex - 1]
        var out: [Double] = []
        out.reserveCapacity(horizon)
        for _ in 0..<horizon {
            change = c + phi * change
            value += change
            out.append(value)
        }
        return out
    }
}
