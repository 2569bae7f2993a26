#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The stepwise order search of R's `auto.arima` (Hyndman & Khandakar
/// 2008) for given d and D, step for step as forecast 8.20 runs it.
///
/// Start from (2,d,2)(1,D,1) (smaller for n < 10 or tighter limits), then
/// (0,d,0)(0,D,0), (1,d,0)(1,D,0), (0,d,1)(0,D,1) and, when a constant is
/// allowed, (0,d,0)(0,D,0) without it. Then, around the best model so far,
/// try in R's order: P ∓ 1, Q ∓ 1, both, p ∓ 1, q ∓ 1, both, and the
/// constant toggled; move to the first neighbour with a lower AICc and
/// start over, until no neighbour improves or 94 models were fitted.
struct ARIMAStepwiseSearch {
    let series: TimeSeries
    let d: Int
    let D: Int
    let m: Int
    let maxP: Int, maxQ: Int, maxSP: Int, maxSQ: Int
    let allowDrift: Bool
    let allowMean: Bool
    let observed: Int
    static let modelLimit = 94

    init(series: TimeSeries, d: Int, D: Int, period: Int, observed n: Int) {
        self.series = series
        self.d = d
        self.D = D
        m = period
        observed = n
        var maxP = min(5, n / 3), maxQ = min(5, n / 3)
        var maxSP = min(2, n / 3 / period), maxSQ = min(2, n / 3 / period)
        if period == 1 {
            maxSP = 0
            maxSQ = 0
        }
        if period > 1 {
            if maxSP > 0 { maxP = min(maxP, period - 1) }
            if maxSQ > 0 { maxQ = min(maxQ, period - 1) }
        }
        self.maxP = maxP
        self.maxQ = maxQ
        self.maxSP = maxSP
        self.maxSQ = maxSQ
        allowDrift = d + D == 1
        allowMean = d + D == 0
    }

    struct Candidate: Hashable {
        var p: Int, q: Int, sp: Int, sq: Int
        var constant: Bool
    }

    /// The order a candidate stands for (a constant is a mean when d + D = 0, a drift when 1).
    func order(_ c: Candidate) -> ARIMAOrder {
        ARIMAOrder(p: c.p, d: d, q: c.q, seasonalP: c.sp, seasonalD: D, seasonalQ: c.sq, period: m,
                   includeMean: c.constant && d + D == 0, includeDrift: c.constant && d + D == 1)
    }

    /// forecast's `myarima`: the fit and its AICc, or ∞ when it fails or a
    /// root lies within 1.01 of the unit circle.
    /// Fits c and gives its AICc, +∞ where R's `auto.arima` would reject it
    /// (a root within 1.01 of the unit circle, an invalid coefficient
    /// covariance). The covariance is checked only when the AICc is below
    /// `bound` (the best so far): above it the candidate loses either way,
    /// so the search takes the same path as checking every one.
    func evaluate(_ c: Candidate, toBeat bound: Double = .infinity) -> (fit: ARIMA.Fitted?, aicc: Double) {
        let model = ARIMA(order: order(c))
        guard let fit = try? model.fitWithoutChecks(series, checkingVariance: { (criterion($0, c) ?? .infinity) < bound }) else {
            return (nil, .infinity)
        }
        guard let aicc = criterion(fit, c) else { return (nil, .infinity) }
        guard aicc.isFinite, fit.coefficientVarianceIsValid else { return (fit, .infinity) }
        return (fit, aicc)
    }

    /// The AICc of a fit of c, +∞ with a root within 1.01 of the unit circle;
    /// nil where it cannot be computed (no likelihood, n* = k + 1).
    private func criterion(_ fit: ARIMA.Fitted, _ c: Candidate) -> Double? {
        let k = Double(fit.summary.parameters.count + 1)
        let nstar = Double(fit.summary.observationCount)
        guard let ll = fit.summary.logLikelihood, nstar - k - 1 != 0 else { return nil }
        let aic = -2 * ll + 2 * k
        let aicc = aic + 2 * k * (k + 1) / (nstar - k - 1)
        let phi = fit.stateSpace.phi, theta = fit.stateSpace.theta
        var smallest = 2.0
        if c.p + c.sp > 0 { smallest = min(smallest, ARMAParameters.smallestRoot(of: phi, sign: -1)) }
        if c.q + c.sq > 0 { smallest = min(smallest, ARMAParameters.smallestRoot(of: theta, sign: 1)) }
        return smallest >= 1.01 && aicc.isFinite ? aicc : .infinity
    }

    func run() throws(ModelError) -> ARIMA.Fitted {
        let constant = allowDrift || allowMean
        var startP = 2, startQ = 2, startSP = 1, startSQ = 1
        if series.count < 10 {
            startP = 1
            startQ = 1
            startSP = 0
            startSQ = 0
        }
        var tried: Set<Candidate> = []
        var best: (fit: ARIMA.Fitted?, aicc: Double) = (nil, .infinity)
        var current = Candidate(p: min(startP, maxP), q: min(startQ, maxQ), sp: min(startSP, maxSP), sq: min(startSQ, maxSQ), constant: constant)

        /// Fits c; true (and c becomes current) when it beats the best so far.
        func attempt(_ c: Candidate) -> Bool {
            tried.insert(c)
            let result = evaluate(c, toBeat: best.aicc)
            if result.aicc < best.aicc {
                best = result
                current = c
                return true
            }
            return false
        }
        _ = attempt(current)
        _ = attempt(Candidate(p: 0, q: 0, sp: 0, sq: 0, constant: constant))
        if maxP > 0 || maxSP > 0 {
            _ = attempt(Candidate(p: maxP > 0 ? 1 : 0, q: 0, sp: (m > 1 && maxSP > 0) ? 1 : 0, sq: 0, constant: constant))
        }
        if maxQ > 0 || maxSQ > 0 {
            _ = attempt(Candidate(p: 0, q: maxQ > 0 ? 1 : 0, sp: 0, sq: (m > 1 && maxSQ > 0) ? 1 : 0, constant: constant))
        }
        if constant && attempt(Candidate(p: 0, q: 0, sp: 0, sq: 0, constant: false)) {
            // R keeps searching with the constant on from here (only p, q, P, Q are reset).
            current.constant = true
        }

        var improved = true
        while improved && tried.count < Self.modelLimit {
            improved = false
            let c = current
            let neighbours: [(Bool, Candidate)] = [
                (c.sp > 0, Candidate(p: c.p, q: c.q, sp: c.sp - 1, sq: c.sq, constant: c.constant)),
                (c.sq > 0, Candidate(p: c.p, q: c.q, sp: c.sp, sq: c.sq - 1, constant: c.constant)),
                (c.sp < maxSP, Candidate(p: c.p, q: c.q, sp: c.sp + 1, sq: c.sq, constant: c.constant)),
                (c.sq < maxSQ, Candidate(p: c.p, q: c.q, sp: c.sp, sq: c.sq + 1, constant: c.constant)),
                (c.sq > 0 && c.sp > 0, Candidate(p: c.p, q: c.q, sp: c.sp - 1, sq: c.sq - 1, constant: c.constant)),
                (c.sq < maxSQ && c.sp > 0, Candidate(p: c.p, q: c.q, sp: c.sp - 1, sq: c.sq + 1, constant: c.constant)),
                (c.sq > 0 && c.sp < maxSP, Candidate(p: c.p, q: c.q, sp: c.sp + 1, sq: c.sq - 1, constant: c.constant)),
                (c.sq < maxSQ && c.sp < maxSP, Candidate(p: c.p, q: c.q, sp: c.sp + 1, sq: c.sq + 1, constant: c.constant)),
                (c.p > 0, Candidate(p: c.p - 1, q: c.q, sp: c.sp, sq: c.sq, constant: c.constant)),
                (c.q > 0, Candidate(p: c.p, q: c.q - 1, sp: c.sp, sq: c.sq, constant: c.constant)),
                (c.p < maxP, Candidate(p: c.p + 1, q: c.q, sp: c.sp, sq: c.sq, constant: c.constant)),
                (c.q < maxQ, Candidate(p: c.p, q: c.q + 1, sp: c.sp, sq: c.sq, constant: c.constant)),
                (c.q > 0 && c.p > 0, Candidate(p: c.p - 1, q: c.q - 1, sp: c.sp, sq: c.sq, constant: c.constant)),
                (c.q < maxQ && c.p > 0, Candidate(p: c.p - 1, q: c.q + 1, sp: c.sp, sq: c.sq, constant: c.constant)),
                (c.q > 0 && c.p < maxP, Candidate(p: c.p + 1, q: c.q - 1, sp: c.sp, sq: c.sq, constant: c.constant)),
                (c.q < maxQ && c.p < maxP, Candidate(p: c.p + 1, q: c.q + 1, sp: c.sp, sq: c.sq, constant: c.constant)),
                (allowDrift || allowMean, Candidate(p: c.p, q: c.q, sp: c.sp, sq: c.sq, constant: !c.constant)),
            ]
            for (allowed, candidate) in neighbours where allowed && !tried.contains(candidate) {
                if tried.count >= Self.modelLimit { break }
                if attempt(candidate) {
                    improved = true
                    break
                }
            }
        }
        guard let fit = best.fit, best.aicc.isFinite else {
            throw .numerical("no suitable ARIMA model found")
        }
        return fit
    }
}
