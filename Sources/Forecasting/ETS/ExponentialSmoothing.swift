import Optimization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exponential smoothing in innovations state-space form, ETS (Hyndman,
/// Koehler, Ord & Snyder 2008), fitted as R's `forecast::ets()` does:
/// maximum likelihood (`opt.crit = "lik"`) inside R's parameter space
/// (`bounds = "both"`), information criteria on R's conventions, and R's
/// `forecast.ets` forecasts and intervals.
///
/// A pinned model (`ets:AAdN`) fits those components; the automatic one
/// (`ets`) fits every allowed model and keeps the one with the lowest AICc
/// (see `ExponentialSmoothing+Automatic.swift`).
///
/// Data: the model uses the observations after the last missing value (R
/// uses the longest stretch without one, `na.contiguous`; forecasting from
/// the end of the series is what a planner needs). A pinned model needs
/// n > k + 4 observations, with R's count k = 2 (α, ℓ₀) + 2 with trend
/// (β, b₀) + m with season (γ and m − 1 free terms) + 1 with damping, as
/// R's `ets()` (which fits a Holt–Winters model below that; here it is an
/// error, `tooFewObservations`).
public struct ExponentialSmoothing: ForecastingModel {
    /// How prediction intervals are formed.
    public enum Intervals: Sendable, Equatable {
        /// R's default: the analytic forecast variances of HKOS 2008 ch. 6
        /// (classes 1–3, which cover every model in the family), normal quantiles.
        case analytic
        /// Quantiles (R's type 8) of simulated sample paths, as R's
        /// `forecast(fit, simulate = TRUE, npaths = paths)`, seeded from
        /// `ModelOptions.seed`.
        case simulated(paths: Int)
    }

    /// The components of a pinned model; nil for the automatic choice.
    public let components: ETSComponents?
    /// The cap and the seed of simulated intervals.
    public let options: ModelOptions
    /// How prediction intervals are computed.
    public let intervals: Intervals
    /// Nelder–Mead restarts after R's own run (tests set 0 to reproduce R's optimum).
    var restarts = 5
    /// The optimiser's target (R's `ses()`, behind `theta`, minimises the MSE).
    var objective: ETSEstimation.Objective = .likelihood

    /// A pinned ETS model, or with `components` nil the automatic choice by AICc as R's `ets()`.
    public init(_ components: ETSComponents? = nil, options: ModelOptions = ModelOptions(), intervals: Intervals = .analytic) {
        self.components = components
        self.options = options
        self.intervals = intervals
    }

    public var name: String { components.map { "ets:\($0.code)" } ?? "ets" }

    public func fit(_ series: TimeSeries) throws(ModelError) -> ETSFit {
        let y = try Self.prepare(series)
        let end = series.end
        if let components {
            return try fitPinned(components, y, end: end, frequency: series.frequency)
        }
        return try fitAutomatic(y, end: end, frequency: series.frequency)
    }

    /// Nothing is shared between series: each is fitted on its own, on every core.
    public func fit(batch series: [TimeSeries]) -> [Result<ETSFit, ModelError>] {
        IndependentFits.map(series) { s throws(ModelError) in try fit(s) }
    }

    /// The observations after the last missing value, checked finite.
    static func prepare(_ series: TimeSeries) throws(ModelError) -> [Double] {
        let values = series.values
        let startOfRun = (values.lastIndex { $0.isNaN }).map { $0 + 1 } ?? 0
        let y = Array(values[startOfRun...])
        if let bad = y.first(where: { !$0.isFinite }) {
            throw .numerical("the series holds the non-finite value \(bad)")
        }
        return y
    }

    /// R's count for the too-short rule: 2 + 2 (trend) + m (season) + 1 (damped).
    static func shortSeriesCount(_ c: ETSComponents, period m: Int) -> Int {
        2 + (c.hasTrend ? 2 : 0) + (c.hasSeason ? m : 0) + (c.isDamped ? 1 : 0)
    }

    func fitPinned(_ c: ETSComponents, _ y: [Double], end: Int, frequency: Int) throws(ModelError) -> ETSFit {
        if c.hasSeason && frequency <= 1 {
            throw .notIdentified("ETS(\(c.code)) has a season, but the series has one period per year")
        }
        let m = c.hasSeason ? frequency : 1
        let k = Self.shortSeriesCount(c, period: m)
        guard y.count > k + 4 else { throw .tooFewObservations(needed: k + 5, found: y.count) }
        if c.error == .multiplicative || c.season == .multiplicative, let bad = y.first(where: { $0 <= 0 }) {
            throw .nonPositiveValue(bad)
        }
        return try estimate(c, y, end: end, frequency: frequency)
    }

    /// The estimation of one model with this model's objective and restarts.
    func estimation(_ c: ETSComponents, frequency: Int) -> ETSEstimation {
        ETSEstimation(components: c, period: c.hasSeason ? frequency : 1, objective: objective, restarts: restarts)
    }

    /// Fits one model by maximum likelihood and builds its summary; `first`
    /// is R's optimiser run on y when the caller has made it already.
    func estimate(
        _ c: ETSComponents, _ y: [Double], end: Int, frequency: Int, first: OptimizationResult? = nil
    ) throws(ModelError) -> ETSFit {
        let estimation = estimation(c, frequency: frequency)
        let m = estimation.period
        if y.allSatisfy({ $0 == y[0] }) { return perfectFit(estimation, y, end: end, frequency: frequency) }
        let point = try estimation.maximizeLikelihood(y, first: first).point
        let (smoothing, initial) = estimation.decode(point)
        let pass = ETSRecursion(components: c, smoothing: smoothing).run(y, from: initial, keepInnovations: true)
        let criterion = pass.likelihoodCriterion
        let n = y.count
        let estimated = point.count
        let sumSquares = pass.innovations.reduce(0) { $0 + $1 * $1 }
        // R: σ² = Σe²/(n − #par); k = #par + 1 in the criteria.
        let sigma2 = sumSquares / Double(n - estimated)
        let k = Double(estimated + 1)
        let aic = criterion + 2 * k
        let summary = FitSummary(
            parameters: zip(estimation.parameterNames, point).map { FitSummary.Parameter(name: $0, value: $1) },
            logLikelihood: -0.5 * criterion, aic: aic,
            aicc: aic + 2 * k * (k + 1) / (Double(n) - k - 1),
            bic: criterion + log(Double(n)) * k,
            sigma2: sigma2, observationCount: n)
        return ETSFit(
            components: c, period: m, smoothing: smoothing, initialState: initial, finalState: pass.finalState,
            summary: summary, end: end, frequency: frequency, intervals: intervals,
            seed: options.seed, stream: Self.stream(of: y, end: end))
    }

    /// A constant series is fitted exactly by every model (level = the
    /// constant, no trend, neutral season) whatever the smoothing parameters,
    /// which stay at R's starting values: σ² = 0, zero-width intervals, and
    /// no likelihood, which is unbounded there.
    func perfectFit(_ estimation: ETSEstimation, _ y: [Double], end: Int, frequency: Int) -> ETSFit {
        let c = estimation.components
        let s = ETSParameterSpace(components: c, period: estimation.period).startingPoint()
        var point = [s.alpha]
        if c.hasTrend { point.append(s.beta) }
        if c.hasSeason { point.append(s.gamma) }
        if c.isDamped { point.append(s.phi) }
        point.append(y[0])
        if c.hasTrend { point.append(0) }
        if c.hasSeason { point += Array(repeating: c.season == .multiplicative ? 1 : 0, count: estimation.period - 1) }
        let (smoothing, state) = estimation.decode(point)
        let summary = FitSummary(
            parameters: zip(estimation.parameterNames, point).map { FitSummary.Parameter(name: $0, value: $1) },
            logLikelihood: nil, aic: nil, aicc: nil, bic: nil, sigma2: 0, observationCount: y.count)
        return ETSFit(
            components: c, period: estimation.period, smoothing: smoothing, initialState: state, finalState: state,
            summary: summary, end: end, frequency: frequency, intervals: intervals,
            seed: options.seed, stream: Self.stream(of: y, end: end))
    }

    /// A simulation stream that depends on the series only (FNV-1a over its
    /// values and end), so a batch gives each series the paths a single fit would.
    static func stream(of y: [Double], end: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for word in y.map(\.bitPattern) + [UInt64(bitPattern: Int64(end))] {
            hash = (hash ^ word) &* 0x100_0000_01b3
        }
        return hash
    }
}
