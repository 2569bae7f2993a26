import Probability

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard Theta method (Assimakopoulos & Nikolopoulos 2000) as R's
/// `forecast::thetaf()` computes it, which Hyndman & Billah (2003) showed to
/// be simple exponential smoothing with drift:
///
/// 1. Seasonality test (m > 1, n > 2m, series not constant): with r_k the
///    sample autocorrelations, the series is seasonal when
///    |r_m| / √((1 + 2 Σ_{k<m} r_k²)/n) > z_{0.95} (1.645); then it is
///    divided by the seasonal figure of a multiplicative classical
///    decomposition (`ClassicalDecomposition`), unless a seasonal index is
///    below 10⁻⁴.
/// 2. Simple exponential smoothing of the (adjusted) series, fitted as R's
///    `ses()`: ETS(A,N,N), minimising the MSE (`opt.crit = "mse"`), here
///    exactly, by profiling out ℓ₀ (`SimpleSmoothingProfile`). Gives α, the
///    final level ℓ_n and σ² = Σe²/(n − 2).
/// 3. b = half the least-squares slope of the adjusted series on t = 0 … n − 1.
/// 4. ŷ(h) = ℓ_n + b·(h − 1 + (1 − (1 − α)ⁿ)/α), times the seasonal index
///    of the period (the last m indices, repeated), and the interval
///    ŷ(h) ± z_{(1+L)/2} · σ √(1 + (h − 1) α²), not re-seasonalised — R's.
///
/// Summary: `alpha`, `l` (SES's initial level), `drift` (b); σ² of the SES
/// fit; no likelihood (R's `thetaf` reports none).
///
/// On 4 to 6 observations R's `ses()` falls back to a Holt–Winters fit
/// (least squares, ℓ₀ = y₁); here SES is the same ETS(A,N,N) fit as on
/// longer series. A constant series gets a flat forecast with zero-width
/// intervals.
public struct StandardTheta: ForecastingModel {
    public var name: String { "theta" }

    /// The standard theta method (Assimakopoulos & Nikolopoulos 2000), as R's `thetaf()`.
    public init() {}

    public func fit(_ series: TimeSeries) throws(ModelError) -> Fitted {
        let y = try ExponentialSmoothing.prepare(series)
        // SES has two estimated values (α, ℓ₀) and, as R's etsmodel, needs n − 1 > 2.
        guard y.count >= 4 else { throw .tooFewObservations(needed: 4, found: y.count) }
        let n = y.count
        let m = series.frequency
        var adjusted = y
        var seasonalIndices: [Double]? = nil
        if m > 1, n > 2 * m, !y.allSatisfy({ $0 == y[0] }), Self.isSeasonal(y, period: m),
           let decomposition = ClassicalDecomposition(y, period: m, kind: .multiplicative),
           !decomposition.seasonal.contains(where: { abs($0) < 1e-4 }) {
            adjusted = zip(y, decomposition.seasonal).map { $0 / $1 }
            seasonalIndices = Array(decomposition.seasonal.suffix(m))
        }
        let smoothing = SimpleSmoothingProfile(adjusted)
        let alpha = max(1e-10, smoothing.alpha)
        // Half the slope of the least-squares line on t = 0 … n − 1.
        let tMean = Double(n - 1) / 2
        let yMean = adjusted.reduce(0, +) / Double(n)
        var sxy = 0.0, sxx = 0.0
        for (t, v) in adjusted.enumerated() {
            sxy += (Double(t) - tMean) * (v - yMean)
            sxx += (Double(t) - tMean) * (Double(t) - tMean)
        }
        let drift = sxy / sxx / 2
        let summary = FitSummary(
            parameters: [
                .init(name: "alpha", value: alpha),
                .init(name: "l", value: smoothing.initialLevel),
                .init(name: "drift", value: drift),
            ],
            logLikelihood: nil, aic: nil, aicc: nil, bic: nil,
            // R's σ² for ETS: Σe²/(n − 2), α and ℓ₀ estimated.
            sigma2: smoothing.sumOfSquares / Double(n - 2), observationCount: n)
        return Fitted(
            finalLevel: smoothing.finalLevel, alpha: alpha, drift: drift, count: n,
            seasonalIndices: seasonalIndices, end: series.end, frequency: m, summary: summary)
    }

    /// Nothing is shared between series: each is fitted on its own, on every core.
    public func fit(batch series: [TimeSeries]) -> [Result<Fitted, ModelError>] {
        IndependentFits.map(series) { s throws(ModelError) in try fit(s) }
    }

    /// The catalog's parser: `theta`.
    @Sendable static func parse(_ name: String, _ options: ModelOptions) -> AnyForecastingModel? {
        name == "theta" ? AnyForecastingModel(StandardTheta()) : nil
    }

    /// R's test in `thetaf`: |r_m| against 1.645 standard errors of Bartlett's formula.
    static func isSeasonal(_ y: [Double], period m: Int) -> Bool {
        let n = y.count
        let mean = y.reduce(0, +) / Double(n)
        let centred = y.map { $0 - mean }
        let c0 = centred.reduce(0) { $0 + $1 * $1 }
        func r(_ k: Int) -> Double {
            var s = 0.0
            for t in 0..<(n - k) { s += centred[t] * centred[t + k] }
            return s / c0
        }
        var sum = 0.0
        for k in 1..<m { sum += r(k) * r(k) }
        let standardError = ((1 + 2 * sum) / Double(n)).squareRoot()
        return abs(r(m)) / standardError > Normal().quantile(0.95)
    }

    /// The standard Theta method fitted to one series.
    public struct Fitted: FittedModel, Equatable {
        /// ℓ_n, the SES level at the end of the (adjusted) series.
        public let finalLevel: Double
        /// α, the SES smoothing parameter.
        public let alpha: Double
        /// b, half the slope of the linear trend.
        public let drift: Double
        /// n, the number of observations used.
        public let count: Int
        /// The last m seasonal indices, when the series was found seasonal.
        public let seasonalIndices: [Double]?
        /// Ordinal of the series' last period.
        public let end: Int
        /// Periods per year of the series.
        public let frequency: Int
        public let summary: FitSummary

        public var modelName: String { "theta" }

        public func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
            try ForecastRequest.validate(horizon: horizon, levels: levels)
            let memory = (1 - pow(1 - alpha, Double(count))) / alpha
            let centres = (0..<horizon).map { h -> Double in
                let f = finalLevel + drift * (Double(h) + memory)
                guard let s = seasonalIndices else { return f }
                return f * s[h % s.count]
            }
            let sigma = summary.sigma2.squareRoot()
            return SymmetricIntervals.forecast(
                model: modelName, start: end + 1, frequency: frequency, centres: centres,
                standardErrors: (0..<horizon).map { sigma * (1 + Double($0) * alpha * alpha).squareRoot() },
                levels: levels, reference: .normal)
        }
    }
}
