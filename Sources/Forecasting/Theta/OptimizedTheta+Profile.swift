import Optimization

/// The OTM criterion S(ℓ₀, α, θ) = Σ_{i≥3} eᵢ² of one series, and its
/// minimisation by variable projection (see `OptimizedTheta`).
///
/// With φ = 1 − 1/θ, sᵢ = Σ_{k<i} α(1 − α)^{i−1−k} y_k (s₀ = 0) and
/// dᵢ = Aₙ(1 − α)ⁱ + Bₙ(1 − (1 − α)ⁱ⁺¹)/α,
///
///     eᵢ = (yᵢ − sᵢ) − (1 − α)ⁱ · ℓ₀ − dᵢ · φ,
///
/// linear in (ℓ₀, φ) for each α: one least-squares fit of yᵢ − sᵢ on the
/// columns (1 − α)ⁱ and dᵢ over i = 3 … n − 1. S is a convex quadratic in
/// (ℓ₀, φ), so when the free φ falls outside [0, φ_max] the constrained
/// optimum lies on the bound it crossed, with ℓ₀ refitted there alone.
struct ThetaProfile {
    struct Point {
        var alpha: Double
        var initialLevel: Double
        /// φ = 1 − 1/θ.
        var weight: Double
        var sumOfSquares: Double
        var theta: Double { 1 / (1 - weight) }
    }

    let values: [Double]
    /// Aₙ, Bₙ: the line of y on 1 … n.
    let intercept: Double
    let slope: Double

    static let maxWeight = 1 - 1 / OptimizedTheta.thetaRange.upperBound

    init(values: [Double]) {
        self.values = values
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let weighted = values.enumerated().reduce(0) { $0 + Double($1.offset + 1) * $1.element } / n
        slope = 6 * (2 * weighted - (n + 1) * mean) / (n * n - 1)
        intercept = mean - (n + 1) * slope / 2
    }

    /// The line alone, for forecasting from a fitted model.
    init(intercept: Double, slope: Double) {
        values = []
        self.intercept = intercept
        self.slope = slope
    }

    /// dᵢ, the trend term the weight φ multiplies.
    func trend(_ i: Int, alpha: Double) -> Double {
        let decay = pow(1 - alpha, Double(i))
        return intercept * decay + slope * (1 - decay * (1 - alpha)) / alpha
    }

    /// The columns and response of the linear step at one α, kept from one
    /// α to the next so that the ~140 profile evaluations of a fit allocate
    /// nothing.
    struct Workspace {
        var response: [Double] = []
        var levelColumn: [Double] = []
        var trendColumn: [Double] = []
    }

    /// The best (ℓ₀, φ) at this α, and S there.
    ///
    /// The linear step has two columns, a = (1 − α)ⁱ and b = dᵢ, so it is
    /// solved here by modified Gram–Schmidt with one reorthogonalisation
    /// (twice is enough, Giraud et al. 2005) rather than a LAPACK QR, whose
    /// call overhead was most of a fit: R = [‖a‖ r₁₂; 0 r₂₂] with
    /// r₁₂ = qᵀb, r₂₂ = ‖b − r₁₂ q‖, q = a/‖a‖. The trend column counts as
    /// aliased, as in R's `lm` (and `LeastSquares`), when r₂₂ < 10⁻⁷ ‖b‖.
    func best(alpha: Double, workspace w: inout Workspace) -> Point {
        let first = OptimizedTheta.burnIn
        let m = values.count - first
        if w.response.count != m {
            w.response = [Double](repeating: 0, count: m)
            w.levelColumn = w.response
            w.trendColumn = w.response
        }
        // (1 − α)ⁱ by repeated products; sᵢ the smoothed values before yᵢ.
        var smoothed = 0.0
        var decay = 1.0
        for i in 0..<values.count {
            if i >= first {
                w.response[i - first] = values[i] - smoothed
                w.levelColumn[i - first] = decay
                w.trendColumn[i - first] = intercept * decay + slope * (1 - decay * (1 - alpha)) / alpha
            }
            smoothed = alpha * values[i] + (1 - alpha) * smoothed
            decay *= 1 - alpha
        }
        var aa = 0.0, bb = 0.0
        for k in 0..<m {
            aa += w.levelColumn[k] * w.levelColumn[k]
            bb += w.trendColumn[k] * w.trendColumn[k]
        }
        let r11 = aa.squareRoot()
        // The trend column with the level column projected out, twice; then r₂₂.
        var r12 = 0.0
        for _ in 0..<2 {
            var c = 0.0
            for k in 0..<m { c += w.levelColumn[k] * w.trendColumn[k] }
            c /= aa
            for k in 0..<m { w.trendColumn[k] -= c * w.levelColumn[k] }
            r12 += c * r11
        }
        var r22squared = 0.0
        for k in 0..<m { r22squared += w.trendColumn[k] * w.trendColumn[k] }
        let r22 = r22squared.squareRoot()
        var level = 0.0
        var weight = Double.nan
        var ay = 0.0
        for k in 0..<m { ay += w.levelColumn[k] * w.response[k] }
        if r22 >= 1e-7 * bb.squareRoot(), r22 > 0 {
            var by = 0.0
            for k in 0..<m { by += w.trendColumn[k] * w.response[k] }
            weight = by / r22squared
            level = (ay / r11 - r12 * weight) / r11
        }
        // Restore b = dᵢ (the residuals below need it).
        for k in 0..<m { w.trendColumn[k] += (r12 / r11) * w.levelColumn[k] }
        // Aliased trend (a straight or constant series) or φ out of range: refit ℓ₀ on the bound.
        if weight.isNaN || weight < 0 || weight > Self.maxWeight || level.isNaN {
            weight = weight.isNaN ? 0 : min(max(weight, 0), Self.maxWeight)
            var numerator = 0.0
            for k in 0..<m { numerator += w.levelColumn[k] * (w.response[k] - weight * w.trendColumn[k]) }
            level = numerator / aa
        }
        var sum = 0.0
        for k in 0..<m {
            let e = w.response[k] - w.levelColumn[k] * level - w.trendColumn[k] * weight
            sum += e * e
        }
        return Point(alpha: alpha, initialLevel: level, weight: weight, sumOfSquares: sum)
    }

    /// min over α of the profile: a grid of step 0.01 on [0.1, 0.99], then
    /// golden-section search between the best grid point's neighbours.
    func optimum() -> Point {
        // A constant series is fitted exactly by any α with θ = 1 and ℓ₀ = the
        // value; rounding in the linear step would leave σ̂ ≈ 1e-16·|y| and
        // a near-infinite likelihood instead of the defined σ̂ = 0.
        if values.allSatisfy({ $0 == values[0] }) {
            return Point(alpha: 0.5, initialLevel: values[0], weight: 0, sumOfSquares: 0)
        }
        let range = OptimizedTheta.alphaRange
        let grid = (0...89).map { range.lowerBound + Double($0) / 100 }
        var workspace = Workspace()
        return GridGoldenSection.minimize(grid: grid, { best(alpha: $0, workspace: &workspace) }, value: \.sumOfSquares).result
    }

    /// e₀ … e_{n−1} at a point (e₀ uses μ₀ = ℓ₀ + φ(Aₙ + Bₙ)).
    func oneStepErrors(_ p: Point) -> [Double] {
        var level = p.initialLevel
        return values.indices.map { i in
            let e = values[i] - (level + p.weight * trend(i, alpha: p.alpha))
            level = p.alpha * values[i] + (1 - p.alpha) * level
            return e
        }
    }

    /// ℓ_{n−1}, the level after the last value.
    func lastLevel(_ p: Point) -> Double {
        values.reduce(p.initialLevel) { p.alpha * $1 + (1 - p.alpha) * $0 }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
