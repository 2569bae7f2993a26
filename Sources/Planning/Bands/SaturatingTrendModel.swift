import Forecasting
import Probability

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Each unit's own saturating trend, the alternative to the pooled
/// transitions that `BandMethodChoice` weighs it against:
///
/// - with three or more points that a logistic curve fits (`LogisticGrowth`
///   with ceiling C = cap): the curve's forecast ŷ₀ = C p̂₀ with its
///   standard error se₀ = σ̂ √(1 + g₀ᵀ(JᵀJ)⁻¹g₀), g₀ = C p̂₀(1 − p̂₀)(1, t₀ − t̄),
///   and the predictive law ŷ₀ + se₀ T, T ~ Student-t with n − 2 degrees of
///   freedom (the distribution behind `LogisticGrowth`'s intervals);
/// - otherwise (one or two points, a constant series, a jump between the
///   bounds): the straight line through the first and last points,
///   clamped to [0, cap] — ŷ₀ = x_T + h·s, s = (x_T − x_{T−m})/m over the m
///   years the unit spans — with the random-walk-with-drift error
///   se₀ = σ̂_Δ √(h(1 + h/m)) (Hyndman & Athanasopoulos, FPP3 §5.5) and a
///   normal law. σ̂_Δ, the spread of one-year changes about each unit's own
///   mean change, is pooled over the panel (a unit's own one or two changes
///   cannot estimate it): σ̂_Δ² = Σ_i Σ_t (Δ_it − Δ̄_i)² / Σ_i (m_i − 1) over
///   units with two changes or more, else the variance of all changes about
///   their mean. A unit with one point (m = 0) takes the panel's mean change
///   as its slope, with se₀ = σ̂_Δ √(h(1 + h)).
///
/// Either law is rounded and censored to a `CountDistribution`
/// (`CountDistribution.discretising`). A unit whose spread is 0 (a perfect
/// fit, or a panel without variation) gets all its mass at the rounded,
/// clamped forecast.
public struct SaturatingTrendModel: Sendable, Equatable {
    /// The largest count (19 criteria).
    public var cap: Int

    /// The trend model of counts up to `cap`.
    public init(cap: Int = 19) {
        precondition(cap >= 1)
        self.cap = cap
    }

    /// The spread and mean of one-year changes shared by the line fallback.
    struct PanelChanges: Sendable {
        var sigma: Double
        var meanChange: Double

        init(_ histories: [CountHistory]) {
            let perUnit = histories.map { $0.steps.map { Double($0.change) } }.filter { !$0.isEmpty }
            let all = perUnit.flatMap { $0 }
            let mean = all.isEmpty ? 0 : all.reduce(0, +) / Double(all.count)
            meanChange = mean
            var sum = 0.0
            var degrees = 0
            for changes in perUnit where changes.count >= 2 {
                let own = changes.reduce(0, +) / Double(changes.count)
                sum += changes.reduce(0.0) { $0 + ($1 - own) * ($1 - own) }
                degrees += changes.count - 1
            }
            if degrees > 0 {
                sigma = (sum / Double(degrees)).squareRoot()
            } else if all.count >= 2 {
                sigma = (all.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) } / Double(all.count - 1)).squareRoot()
            } else {
                sigma = 0
            }
        }
    }

    /// Each unit's distribution at the target year (a unit whose history
    /// already holds the target year gets that value).
    func distributions(_ histories: [CountHistory], target: Int) -> [CountDistribution] {
        let panel = PanelChanges(histories)
        return histories.map { distribution($0, target: target, panel: panel) }
    }

    func distribution(_ history: CountHistory, target: Int, panel: PanelChanges) -> CountDistribution {
        let h = target - history.lastTime
        guard h > 0 else { return .pointMass(at: history.lastLevel, cap: cap) }
        if history.times.count >= 3, let logistic = logisticLaw(history, target: target) {
            return law(centre: logistic.centre, spread: logistic.spread) { StudentT(degreesOfFreedom: logistic.degrees).cdf($0) }
        }
        let m = history.lastTime - history.times[0]
        let slope = m > 0 ? Double(history.lastLevel - history.levels[0]) / Double(m) : panel.meanChange
        let centre = min(Double(cap), max(0, Double(history.lastLevel) + Double(h) * slope))
        let spread = panel.sigma * (Double(h) * (1 + Double(h) / Double(max(m, 1)))).squareRoot()
        return law(centre: centre, spread: spread) { Normal().cdf($0) }
    }

    /// The rounded, censored law of centre + spread·Z, Z with standard cdf `standard`.
    private func law(centre: Double, spread: Double, standard: (Double) -> Double) -> CountDistribution {
        guard spread > 0, spread.isFinite else {
            return .pointMass(at: Int(centre.rounded()), cap: cap)
        }
        return .discretising(cap: cap) { standard(($0 - centre) / spread) }
    }

    /// The logistic forecast at the target, its standard error and degrees of freedom; nil when it cannot be fitted.
    func logisticLaw(_ history: CountHistory, target: Int) -> (centre: Double, spread: Double, degrees: Double)? {
        let series = TimeSeries(frequency: 1, observations: zip(history.times, history.levels).map { ($0, Double($1)) })
        guard let fitted = try? LogisticGrowth(cap: Double(cap)).fit(series) else { return nil }
        let x = Double(target) - fitted.centre
        let eta = fitted.a + fitted.b * x
        let p = eta >= 0 ? 1 / (1 + exp(-eta)) : exp(eta) / (1 + exp(eta))
        let slope = fitted.cap * p * (1 - p)
        let variance = fitted.residualVariance * (1 + fitted.unscaledCovariance.quadraticForm([slope, slope * x]))
        guard variance.isFinite, variance >= 0, fitted.residualDegreesOfFreedom >= 1 else { return nil }
        return (fitted.cap * p, variance.squareRoot(), Double(fitted.residualDegreesOfFreedom))
    }
}
