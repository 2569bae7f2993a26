import Optimization

extension ExponentialSmoothing {
    /// The fewest values automatic ETS compares models on.
    static let automaticMinimum = 5

    /// AICc distance from the best screened candidate within which a candidate is refitted with restarts.
    static let automaticMargin = 10.0

    /// R's `ets(y)` with its defaults: every allowed model (error A, M;
    /// trend N, Ad, A; season N, A, M when the series is seasonal and longer
    /// than one period; multiplicative ones only for positive data; no
    /// additive error with multiplicative season) fitted by maximum
    /// likelihood, and the one with the lowest AICc kept (the first on a tie,
    /// in R's order). A model with as many estimated values as n − 1 or more
    /// is skipped, as R's `etsmodel` does.
    ///
    /// Every candidate is first fitted by R's own optimiser run, then those
    /// within `automaticMargin` of the lowest AICc are refitted with the
    /// restarts (which gain up to a few units of AICc on the fixture series)
    /// and the lowest refitted AICc wins: R's choice or a better one.
    ///
    /// A constant series gets R's answer, simple exponential smoothing with
    /// α = 0.99999 started at the first value: a flat forecast with
    /// zero-width intervals (and no likelihood, which is unbounded there).
    ///
    /// Differs from R on very short series (n ≤ 6), where R fits a
    /// Holt–Winters model by least squares: here the ETS models that have
    /// fewer than n − 1 estimated values are compared as usual.
    func fitAutomatic(_ y: [Double], end: Int, frequency: Int) throws(ModelError) -> ETSFit {
        let n = y.count
        // The smallest form, ETS(A,N,N), has k = 3 (α, ℓ₀, σ²) and its AICc
        // a term 2k(k + 1)/(n − k − 1): n ≥ 5 is the first n it is finite at.
        guard n >= 1 else { throw .tooFewObservations(needed: Self.automaticMinimum, found: n) }
        if y.allSatisfy({ $0 == y[0] }) { return constantFit(y, end: end, frequency: frequency) }
        guard n >= Self.automaticMinimum else { throw .tooFewObservations(needed: Self.automaticMinimum, found: n) }
        let seasonal = frequency > 1 && frequency <= 24 && n > frequency
        let positive = y.allSatisfy { $0 > 0 }
        // Stage 1: every candidate by R's own Nelder–Mead run (what R compares).
        var screening = self
        screening.restarts = 0
        var screened: [(components: ETSComponents, aicc: Double, first: OptimizationResult)] = []
        var lastError: ModelError = .tooFewObservations(needed: Self.automaticMinimum, found: n)
        for c in ETSComponents.candidates(seasonal: seasonal, positive: positive) {
            let estimation = screening.estimation(c, frequency: frequency)
            guard estimation.smoothingCount + estimation.stateCount < n - 1 else { continue }
            do {
                // R's run, kept: stage 2 polishes from where it ended.
                let first = try estimation.firstRun(y)
                let fit = try screening.estimate(c, y, end: end, frequency: frequency, first: first)
                if let aicc = fit.summary.aicc, aicc.isFinite { screened.append((c, aicc, first)) }
            } catch {
                lastError = error
            }
        }
        // Stage 2: the restarts (which gain up to a few units of AICc) for the
        // candidates within `automaticMargin` of the best, in R's order.
        let leader = screened.map(\.aicc).min() ?? .infinity
        var best: ETSFit?
        var bestCriterion = Double.infinity
        for (c, aicc, first) in screened where aicc <= leader + Self.automaticMargin {
            do {
                let fit = try estimate(c, y, end: end, frequency: frequency, first: first)
                if let aicc = fit.summary.aicc, aicc.isFinite, aicc < bestCriterion {
                    best = fit
                    bestCriterion = aicc
                }
            } catch {
                lastError = error
            }
        }
        guard let best else { throw lastError }
        return best
    }

    /// R's `ses(y, alpha = 0.99999, initial = "simple")` on a constant series.
    private func constantFit(_ y: [Double], end: Int, frequency: Int) -> ETSFit {
        let c = ETSComponents(error: .additive, trend: .none, season: .none)
        let state = ETSState(level: y[0])
        let summary = FitSummary(
            parameters: [.init(name: "alpha", value: 0.99999), .init(name: "l", value: y[0])],
            logLikelihood: nil, aic: nil, aicc: nil, bic: nil, sigma2: 0, observationCount: y.count)
        return ETSFit(
            components: c, period: 1, smoothing: ETSSmoothing(alpha: 0.99999), initialState: state,
            finalState: state, summary: summary, end: end, frequency: frequency, intervals: intervals,
            seed: options.seed, stream: Self.stream(of: y, end: end))
    }
}
