#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Smoothing parameters of one ETS model: α (level), β (trend), γ (season),
/// φ (damping). A component the model lacks has its neutral value: β = 0
/// without trend, γ = 0 without season, φ = 1 without damping.
struct ETSSmoothing: Sendable, Equatable {
    var alpha: Double
    var beta: Double = 0
    var gamma: Double = 0
    var phi: Double = 1
}

/// The state of an ETS model after some period: level ℓ, trend b and the
/// last m seasonal terms, `season[0]` the newest (s_t) and `season[m − 1]`
/// the oldest (s_{t−m+1}), the one the next period uses. Without trend b = 0;
/// without season the array is empty.
struct ETSState: Sendable, Equatable {
    var level: Double
    var trend: Double = 0
    var season: [Double] = []

    /// The state written as R's `states` row: ℓ, b (with trend), s1 … sm.
    func vector(hasTrend: Bool) -> [Double] {
        [level] + (hasTrend ? [trend] : []) + season
    }
}

/// The recursions of the ETS models (HKOS 2008, table 2.3), in the
/// error-free "y form" R's `etscalc` uses, which is the same for additive
/// and multiplicative errors:
///
///     q   = ℓ + φb                       (level plus damped trend)
///     p   = y − s_{t−m}  or  y / s_{t−m} (deseasonalised observation)
///     ℓ'  = q + α (p − q)
///     b'  = φb + (β/α)(ℓ' − ℓ − φb)
///     s'  = s_{t−m} + γ (y − q − s_{t−m})   or  s_{t−m} + γ (y/q − s_{t−m})
///
/// and the one-step forecast ŷ = q (+ s_{t−m} or · s_{t−m}).
struct ETSRecursion: Sendable {
    let components: ETSComponents
    let smoothing: ETSSmoothing

    /// One-step forecast from a state.
    @inline(__always)
    func oneStep(_ state: ETSState) -> Double {
        let q = state.level + smoothing.phi * state.trend
        switch components.season {
        case .none: return q
        case .additive: return q + state.season[state.season.count - 1]
        case .multiplicative: return q * state.season[state.season.count - 1]
        }
    }

    /// The state after observing y.
    @inline(__always)
    func update(_ state: inout ETSState, observation y: Double) {
        let a = smoothing.alpha
        let phiB = smoothing.phi * state.trend
        let q = state.level + phiB
        var oldSeason = 0.0
        let p: Double
        switch components.season {
        case .none:
            p = y
        case .additive:
            oldSeason = state.season[state.season.count - 1]
            p = y - oldSeason
        case .multiplicative:
            oldSeason = state.season[state.season.count - 1]
            p = abs(oldSeason) < 1e-10 ? 1e10 : y / oldSeason
        }
        let oldLevel = state.level
        state.level = q + a * (p - q)
        if components.hasTrend {
            state.trend = phiB + (smoothing.beta / a) * (state.level - oldLevel - phiB)
        }
        if components.hasSeason {
            let t: Double
            if components.season == .additive {
                t = y - q
            } else {
                t = abs(q) < 1e-10 ? 1e10 : y / q
            }
            let newest = oldSeason + smoothing.gamma * (t - oldSeason)
            // Shift: the oldest term drops out, the new one becomes s_t.
            var j = state.season.count - 1
            while j > 0 {
                state.season[j] = state.season[j - 1]
                j -= 1
            }
            state.season[0] = newest
        }
    }

    /// Point forecasts h = 1 … horizon from a state (R's `etsforecast`):
    /// ŷ(h) = ℓ + φ_h b (+ or ·) s_{T+h−m⌈h/m⌉}, φ_h = φ + φ² + … + φ^h.
    func pointForecasts(from state: ETSState, horizon: Int) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(horizon)
        var phiH = smoothing.phi
        let m = state.season.count
        for i in 0..<horizon {
            var f = state.level + phiH * state.trend
            if m > 0 {
                var j = m - 1 - i
                while j < 0 { j += m }
                f = components.season == .additive ? f + state.season[j] : f * state.season[j]
            }
            result.append(f)
            phiH += pow(smoothing.phi, Double(i + 2))
        }
        return result
    }

    /// What a pass over the data gives: R's `lik` (n·log Σe² + 2 Σ log|ŷ|
    /// for multiplicative errors), the innovations e (relative for
    /// multiplicative errors) and the final state.
    struct Pass {
        var likelihoodCriterion: Double
        var innovations: [Double]
        var finalState: ETSState
    }

    /// Runs the recursions over y from the initial state x₀.
    func run(_ y: [Double], from initial: ETSState, keepInnovations: Bool = false) -> Pass {
        var ring = initial.season
        var innovations: [Double] = []
        let end: (criterion: Double, level: Double, trend: Double, head: Int)
        if keepInnovations {
            innovations.reserveCapacity(y.count)
            end = pass(y, level: initial.level, trend: initial.trend, ring: &ring) { innovations.append($0) }
        } else {
            end = pass(y, level: initial.level, trend: initial.trend, ring: &ring) { _ in }
        }
        var final = ETSState(level: end.level, trend: end.trend)
        let m = ring.count
        if m > 0 { final.season = (0..<m).map { ring[(end.head + $0) % m] } }
        return Pass(likelihoodCriterion: end.criterion, innovations: innovations, finalState: final)
    }

    /// The recursions over y from level ℓ₀, trend b₀ and the seasonal terms
    /// in `ring` (`ring[j]` is `season[j]` of `ETSState` on entry), updated
    /// in place: the same equations as `oneStep` and `update`, with the
    /// seasonal terms in a ring buffer (no shifting) and nothing allocated,
    /// since the optimiser calls this thousands of times per fit. Returns
    /// R's `lik`, the final level and trend, and `head`, the ring index of
    /// the newest seasonal term (`season[j]` is `ring[(head + j) % m]`).
    @inline(__always)
    func pass(
        _ y: [Double], level initialLevel: Double, trend initialTrend: Double, ring: inout [Double],
        innovation: (Double) -> Void
    ) -> (criterion: Double, level: Double, trend: Double, head: Int) {
        let a = smoothing.alpha, b = smoothing.beta, g = smoothing.gamma, phi = smoothing.phi
        let hasTrend = components.hasTrend
        let season = components.season
        let multiplicative = components.error == .multiplicative
        let m = ring.count
        var head = 0
        var level = initialLevel, trend = initialTrend
        var sumSquares = 0.0
        // Σ log|ŷ| as the log of a running product, folded into the sum only
        // when the product leaves [10⁻²⁰⁰, 10²⁰⁰] (a factor beyond 10^±100
        // goes straight to the sum): one log per many steps instead of one a
        // step, which was 30% of a multiplicative model's fit.
        var sumLogForecast = 0.0
        var productForecast = 1.0
        for value in y {
            let phiB = phi * trend
            let q = level + phiB
            var oldest = 0.0
            var oldestIndex = 0
            if m > 0 {
                oldestIndex = head + m - 1
                if oldestIndex >= m { oldestIndex -= m }
                oldest = ring[oldestIndex]
            }
            let f: Double
            let p: Double
            switch season {
            case .none:
                f = q
                p = value
            case .additive:
                f = q + oldest
                p = value - oldest
            case .multiplicative:
                f = q * oldest
                p = abs(oldest) < 1e-10 ? 1e10 : value / oldest
            }
            let e = multiplicative ? (value - f) / f : value - f
            innovation(e)
            sumSquares += e * e
            if multiplicative {
                let size = abs(f)
                if size > 1e-100 && size < 1e100 {
                    productForecast *= size
                    if productForecast > 1e200 || productForecast < 1e-200 {
                        sumLogForecast += log(productForecast)
                        productForecast = 1
                    }
                } else {
                    sumLogForecast += log(size)
                }
            }
            let oldLevel = level
            level = q + a * (p - q)
            if hasTrend { trend = phiB + (b / a) * (level - oldLevel - phiB) }
            if m > 0 {
                let t = season == .additive ? value - q : (abs(q) < 1e-10 ? 1e10 : value / q)
                // The oldest slot becomes the newest term: head moves back by one.
                ring[oldestIndex] = oldest + g * (t - oldest)
                head = oldestIndex
            }
        }
        var criterion = Double(y.count) * log(sumSquares)
        if multiplicative { criterion += 2 * (sumLogForecast + log(productForecast)) }
        return (criterion, level, trend, head)
    }
}
