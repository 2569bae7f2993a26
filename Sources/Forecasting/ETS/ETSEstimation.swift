import Optimization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maximum-likelihood estimation of one ETS model, as R's `etsmodel` with
/// `opt.crit = "lik"`, `bounds = "both"`.
///
/// The criterion is R's
///
///     L*(θ, x₀) = n · log Σ eₜ²  +  2 Σ log |ŷₜ|   (the second sum for multiplicative errors only),
///
/// −2 × the Gaussian log-likelihood with σ² concentrated out, up to a
/// constant (HKOS 2008, §5.1); R reports log-likelihood = −L*/2 and counts
/// k = (smoothing parameters + free initial states) + 1 for σ². It is
/// minimised jointly over the smoothing parameters and the free initial
/// states (ℓ₀, b₀, m − 1 seasonal terms; the last is implied, so the terms
/// sum to 0, or to m when multiplicative) by Nelder–Mead from R's starting
/// point (`ETSParameterSpace.startingPoint`, `ETSInitialState`) with R's
/// settings (2000 evaluations, relative tolerance √ε). Points outside the
/// parameter space, or with a negative multiplicative seasonal term, are
/// rejected. Then Nelder–Mead restarts from the optimum, in coordinates
/// centred on it and scaled to the noise level, while that still gains, so
/// the likelihood reached is R's or higher (on the 133 fixture fits: never
/// lower; higher by more than 1 on 55 of them, by up to 144 for ETS(M,N,M)
/// on `co2`, R's run having stalled; `Fixtures/make-ets-optima-check.R`
/// confirms those with R's own likelihood code). A second run from R's
/// start in unit-free coordinates, and snapping parameters that end within
/// 10⁻³ of a bound onto it, make the optimum found independent of the data's
/// units.
///
/// With `objective = .meanSquaredError` it is R's `opt.crit = "mse"` instead.
struct ETSEstimation: Sendable {
    let components: ETSComponents
    /// Seasonal period m (1 without season).
    let period: Int
    /// What the optimiser minimises.
    enum Objective: Sendable {
        /// R's `opt.crit = "lik"`: L*.
        case likelihood
        /// R's `opt.crit = "mse"` (what R's `ses()` uses): Σe²/n; for
        /// additive errors the same optimum as L*, reached by another path.
        case meanSquaredError
    }

    var objective: Objective = .likelihood

    /// Least gain in L* for which another round of restarts is run.
    static let worthwhileGain = 1e-3

    /// At most this many rounds of restarts after R's run (0: R's optimum alone).
    var restarts: Int = 5

    /// Number of smoothing parameters estimated.
    var smoothingCount: Int {
        1 + (components.hasTrend ? 1 : 0) + (components.hasSeason ? 1 : 0) + (components.isDamped ? 1 : 0)
    }

    /// Number of free initial states.
    var stateCount: Int { 1 + (components.hasTrend ? 1 : 0) + (components.hasSeason ? period - 1 : 0) }

    /// R's names of the estimated values, in order: alpha, beta, gamma, phi, l, b, s0 … s(m−2).
    var parameterNames: [String] {
        var names = ["alpha"]
        if components.hasTrend { names.append("beta") }
        if components.hasSeason { names.append("gamma") }
        if components.isDamped { names.append("phi") }
        names.append("l")
        if components.hasTrend { names.append("b") }
        if components.hasSeason { names += (0..<(period - 1)).map { "s\($0)" } }
        return names
    }

    /// The smoothing parameters and the full initial state a parameter vector stands for.
    func decode(_ x: [Double]) -> (ETSSmoothing, ETSState) {
        let (smoothing, first) = smoothing(of: x)
        var season = [Double](repeating: 0, count: components.hasSeason ? period : 0)
        let (level, trend) = initialStates(of: x, from: first, season: &season)
        return (smoothing, ETSState(level: level, trend: trend, season: season))
    }

    /// The smoothing parameters in x, and the index of ℓ₀ (the first state).
    @inline(__always)
    func smoothing(of x: [Double]) -> (smoothing: ETSSmoothing, stateStart: Int) {
        var s = ETSSmoothing(alpha: x[0])
        var i = 1
        if components.hasTrend { s.beta = x[i]; i += 1 }
        if components.hasSeason { s.gamma = x[i]; i += 1 }
        if components.isDamped { s.phi = x[i]; i += 1 }
        return (s, i)
    }

    /// ℓ₀ and b₀ (0 without trend) from x at index `i`, and the m seasonal
    /// terms written into `season` (m slots, untouched without season): the
    /// m − 1 free ones, then the last, implied so that they sum to 0
    /// (additive) or m (multiplicative). Writes into a buffer so that the
    /// objective (`ETSObjective`) decodes without allocating.
    @inline(__always)
    func initialStates(of x: [Double], from i: Int, season: inout [Double]) -> (level: Double, trend: Double) {
        var i = i
        let level = x[i]
        i += 1
        var trend = 0.0
        if components.hasTrend { trend = x[i]; i += 1 }
        if components.hasSeason {
            var total = 0.0
            for j in 0..<(period - 1) {
                season[j] = x[i + j]
                total += x[i + j]
            }
            season[period - 1] = (components.season == .multiplicative ? Double(period) : 0) - total
        }
        return (level, trend)
    }

    /// R's own run: Nelder–Mead with R's settings from R's starting point
    /// (`ETSParameterSpace.startingPoint`, `ETSInitialState`).
    func firstRun(_ y: [Double]) throws(ModelError) -> OptimizationResult {
        var objective = ETSObjective(self, y)
        return NelderMead().minimize(from: try start(y), &objective)
    }

    /// R's starting point: smoothing parameters, then initial states.
    private func start(_ y: [Double]) throws(ModelError) -> [Double] {
        let s = ETSParameterSpace(components: components, period: period).startingPoint()
        var start = [s.alpha]
        if components.hasTrend { start.append(s.beta) }
        if components.hasSeason { start.append(s.gamma) }
        if components.isDamped { start.append(s.phi) }
        return start + (try ETSInitialState.start(y, components: components, period: period))
    }

    /// The minimiser of the objective (L* or the MSE) and its value.
    /// `first` is R's run (`firstRun`) when the caller has it already.
    func maximizeLikelihood(_ y: [Double], first given: OptimizationResult? = nil) throws(ModelError) -> (point: [Double], criterion: Double) {
        var objective = ETSObjective(self, y)
        let first: OptimizationResult
        if let given { first = given } else { first = try firstRun(y) }
        // A second run from the same start in coordinates that do not depend
        // on the units of the data (states in steps of the data's spread), so
        // that a·y + c lands where y does; the better of the two is polished.
        // (Skipped with `restarts = 0`, which is R's run alone.)
        var best = (point: first.point, criterion: first.value)
        if restarts > 0 {
            let start = try self.start(y)
            let spread = Self.spread(y)
            let unitScales = (0..<start.count).map { $0 < smoothingCount ? 1 : spread }
            var unitFree = ScaledObjective(objective, centre: start, scale: unitScales)
            let second = NelderMead().minimize(from: Array(repeating: 0, count: start.count), &unitFree)
            objective = unitFree.base
            let secondPoint = unitFree.point(second.point)
            let secondValue = objective.value(at: secondPoint)
            if secondValue < best.criterion { best = (secondPoint, secondValue) }
        }
        guard best.criterion.isFinite else {
            throw .numerical("ETS(\(components.code)): no admissible starting point")
        }

        // Restarts: u ↦ best + scale ⊙ u from u = 0 (scale 1 for smoothing
        // parameters, σ̂ for states, so the search is the same in any units).
        // Each restart runs to a much tighter tolerance than R's first run,
        // with simplex steps of 0.1, 0.01 and 0.001 (in u) in turn, so that an
        // optimum in a corner of the parameter space (α near 0.9999, β near
        // 10⁻⁴) is reached too; they stop after a round of the three that gains
        // less than 10⁻³ in L* (half that in the log-likelihood: nothing a
        // choice by AICc or a forecast could notice; the rounds that confirm
        // gains smaller than that were a quarter of an automatic fit).
        var rounds = 0
        var gained = true
        while gained && rounds < restarts {
            gained = false
            rounds += 1
            // Nelder–Mead creeps into a corner slowly: try the corner itself.
            let snapped = snappedToBounds(best.point)
            let snappedValue = objective.value(at: snapped)
            if snappedValue < best.criterion { best = (snapped, snappedValue) }
            for step in [0.1, 0.01, 0.001] {
                let scales = restartScales(best.point, y)
                let centre = best.point
                let polish = NelderMead(maxEvaluations: 2000, relativeTolerance: 1e-13, initialStep: step)
                var around = ScaledObjective(objective, centre: centre, scale: scales)
                let restart = polish.minimize(from: Array(repeating: 0, count: centre.count), &around)
                objective = around.base
                let candidate = around.point(restart.point)
                let candidateValue = objective.value(at: candidate)
                if candidateValue < best.criterion {
                    // For the MSE (R's ses, behind theta), 10⁻⁹ relative, as R's own fixtures need.
                    let worthwhile = self.objective == .likelihood ? Self.worthwhileGain : 1e-9 * abs(best.criterion)
                    if candidateValue < best.criterion - worthwhile { gained = true }
                    best = (candidate, candidateValue)
                }
            }
        }
        return best
    }

    /// The point with each smoothing parameter that lies within 10⁻³ of a
    /// bound of the usual region moved onto it (α ≤ 0.9999, β ≥ 10⁻⁴ or
    /// β ≤ α, γ ≥ 10⁻⁴ or γ ≤ 1 − α, φ at 0.8 or 0.98).
    func snappedToBounds(_ x: [Double]) -> [Double] {
        let (lo, up) = (ETSParameterSpace.lower, ETSParameterSpace.upper)
        func snap(_ v: Double, _ low: Double, _ high: Double) -> Double {
            if abs(v - low) < 1e-3 { return low }
            if abs(v - high) < 1e-3 { return high }
            return v
        }
        var y = x
        y[0] = snap(x[0], lo.alpha, up.alpha)
        let alpha = y[0]
        var i = 1
        if components.hasTrend { y[i] = snap(x[i], lo.beta, min(alpha, up.beta)); i += 1 }
        if components.hasSeason { y[i] = snap(x[i], lo.gamma, min(1 - alpha, up.gamma)); i += 1 }
        if components.isDamped { y[i] = snap(x[i], lo.phi, up.phi) }
        return y
    }

    /// The data's spread (standard deviation; 1 for a constant series), a unit
    /// for the states that moves with the data's scale.
    static func spread(_ y: [Double]) -> Double {
        let mean = y.reduce(0, +) / Double(y.count)
        let sd = (y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(y.count)).squareRoot()
        return sd > 0 && sd.isFinite ? sd : 1
    }

    /// Step scales of a restart: 1 for smoothing parameters; for states the
    /// innovations' standard deviation (relative ones times the level).
    private func restartScales(_ x: [Double], _ y: [Double]) -> [Double] {
        let (smoothing, state) = decode(x)
        let pass = ETSRecursion(components: components, smoothing: smoothing).run(y, from: state, keepInnovations: true)
        var sigma = (pass.innovations.reduce(0) { $0 + $1 * $1 } / Double(y.count)).squareRoot()
        if components.error == .multiplicative { sigma *= abs(state.level) }
        if !(sigma.isFinite && sigma > 0) { sigma = 0.01 * max(abs(state.level), 1e-8) }
        return (0..<x.count).map { $0 < smoothingCount ? 1 : max(sigma, 1e-8 * abs(x[$0])) }
    }
}
