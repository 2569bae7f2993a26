import Optimization

/// Simple exponential smoothing fitted by least squares — R's `ses()`,
/// ETS(A,N,N) with `opt.crit = "mse"` — by profiling out the initial level.
///
/// With ℓ₀ the initial level, the one-step forecasts are ℓ_{t−1} =
/// (1 − α)ᵗ ℓ₀ + s_t, s_t = Σ_{k<t} α(1 − α)^{t−1−k} y_k, so the errors
/// e_t = (y_t − s_t) − (1 − α)ᵗ ℓ₀ are linear in ℓ₀ and the least-squares
/// ℓ₀ at each α is Σ cₜ rₜ / Σ cₜ² (cₜ = (1 − α)ᵗ, rₜ = y_t − s_t). The
/// profile S(α) is minimised over R's range [10⁻⁴, 0.9999] on a grid of
/// step 0.01, refined by golden-section search between the best grid point's
/// neighbours to a width of 10⁻¹²: the global minimum in α up to the grid,
/// where R's Nelder–Mead on (α, ℓ₀) can stop short in a flat valley.
/// About 150 passes of n steps each, nothing allocated per pass.
struct SimpleSmoothingProfile {
    let alpha: Double
    let initialLevel: Double
    /// ℓ_n, the level after the last value.
    let finalLevel: Double
    /// Σ e_t².
    let sumOfSquares: Double

    static let alphaRange = ETSParameterSpace.lower.alpha...ETSParameterSpace.upper.alpha

    /// The least-squares fit to y (at least one value). A constant series is
    /// fitted exactly at R's starting α (as `ExponentialSmoothing` does).
    init(_ y: [Double]) {
        if y.allSatisfy({ $0 == y[0] }) {
            let start = ETSParameterSpace(components: ETSComponents(error: .additive, trend: .none, season: .none), period: 1)
                .startingPoint().alpha
            self.init(alpha: start, initialLevel: y[0], finalLevel: y[0], sumOfSquares: 0)
            return
        }
        func profile(_ alpha: Double) -> (level: Double, sum: Double) {
            // Σ c², Σ c r, Σ r² in one pass; S = Σ r² − (Σ c r)² / Σ c².
            var smoothed = 0.0, decay = 1.0
            var cc = 0.0, cr = 0.0, rr = 0.0
            for value in y {
                let r = value - smoothed
                cc += decay * decay
                cr += decay * r
                rr += r * r
                smoothed = alpha * value + (1 - alpha) * smoothed
                decay *= 1 - alpha
            }
            let level = cr / cc
            return (level, max(rr - cr * level, 0))
        }
        let range = Self.alphaRange
        let grid = [range.lowerBound] + stride(from: 0.01, to: range.upperBound, by: 0.01).map { $0 } + [range.upperBound]
        let bestAlpha = GridGoldenSection.minimize(grid: grid, { profile($0).sum }, value: { $0 }).x
        // The errors recomputed at the optimum (the profile's S subtracts, which can lose digits).
        let level = profile(bestAlpha).level
        var current = level, sum = 0.0
        for value in y {
            sum += (value - current) * (value - current)
            current = bestAlpha * value + (1 - bestAlpha) * current
        }
        self.init(alpha: bestAlpha, initialLevel: level, finalLevel: current, sumOfSquares: sum)
    }

    private init(alpha: Double, initialLevel: Double, finalLevel: Double, sumOfSquares: Double) {
        self.alpha = alpha
        self.initialLevel = initialLevel
        self.finalLevel = finalLevel
        self.sumOfSquares = sumOfSquares
    }
}
