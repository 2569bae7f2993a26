import Optimization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the optimiser minimises for one ETS model on one series, as a
/// function of the parameter vector x = (α, β, γ, φ, ℓ₀, b₀, s₀ … s_{m−2})
/// (`ETSEstimation.decode`): R's criterion L*(x) = n log Σe² + 2 Σ log|ŷ|
/// (or R's MSE), +∞ where x is rejected — outside the parameter space
/// (`ETSParameterSpace.contains`) or, with a multiplicative season, with a
/// negative seasonal term.
///
/// It is evaluated thousands of times per fit, so it allocates nothing:
/// the seasonal terms are written into a ring buffer owned by the
/// objective and the admissibility polynomial into a reused workspace.
/// A value, so each fit (and each thread) has its own buffers.
struct ETSObjective: Objective {
    let estimation: ETSEstimation
    let y: [Double]
    let space: ETSParameterSpace
    private var ring: [Double]
    private var polynomial = PolynomialWorkspace()

    init(_ estimation: ETSEstimation, _ y: [Double]) {
        self.estimation = estimation
        self.y = y
        self.space = ETSParameterSpace(components: estimation.components, period: estimation.period)
        self.ring = [Double](repeating: 0, count: estimation.components.hasSeason ? estimation.period : 0)
    }

    /// The objective at x: `ETSEstimation.decode` and `ETSRecursion.run`,
    /// with the seasonal terms decoded into the ring buffer.
    mutating func value(at x: [Double]) -> Double {
        let components = estimation.components
        let (smoothing, first) = estimation.smoothing(of: x)
        guard space.contains(smoothing, workspace: &polynomial) else { return .infinity }
        let (level, trend) = estimation.initialStates(of: x, from: first, season: &ring)
        if components.season == .multiplicative {
            for j in ring.indices where ring[j] < 0 { return .infinity }
        }
        let value = ETSRecursion(components: components, smoothing: smoothing)
            .pass(y, level: level, trend: trend, ring: &ring) { _ in }.criterion
        if value.isNaN { return .infinity }
        switch estimation.objective {
        case .likelihood: return max(value, -1e10)
        case .meanSquaredError: return exp(max(value, -1e10) / Double(y.count)) / Double(y.count)
        }
    }
}
