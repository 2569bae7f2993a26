import Probability

/// The panel forecast fitted to one series: the series, and what the panel
/// taught (members, global coefficients, interval quantiles), shared by
/// every series of the panel.
public struct PanelFitted: FittedModel {
    /// What one panel's fit shares among its series.
    struct Panel: Sendable {
        var members: [PanelMember]
        var global: [Int: GlobalAutoregression.Coefficients]
        var intervals: PanelIntervals?
        var evidence: [FitSummary.Parameter]
    }

    let series: PreparedSeries
    let panel: Panel

    init(series: PreparedSeries, panel: Panel) {
        self.series = series
        self.panel = panel
    }

    public var modelName: String {
        let names = panel.members.map(\.name)
        return names.count == 1 ? names[0] : "median(" + names.joined(separator: ",") + ")"
    }

    /// The members' names, in pool order.
    public var memberNames: [String] { panel.members.map(\.name) }

    /// σ² is that of the random walk on the adjusted changes; no likelihood
    /// (a median of forecasters has none).
    public var summary: FitSummary {
        FitSummary(parameters: panel.evidence, logLikelihood: nil, aic: nil, aicc: nil, bic: nil,
                   sigma2: randomWalk.variance, observationCount: series.values.count)
    }

    /// Mean and variance of the adjusted one-step changes (divisor r − 1).
    var randomWalk: (drift: Double, variance: Double, count: Int) {
        let y = series.values
        let r = y.count - 1
        let drift = (y[r] - y[0]) / Double(r)
        var ss = 0.0
        for t in 1...r { let e = y[t] - y[t - 1] - drift; ss += e * e }
        return (drift, r > 1 ? ss / Double(r - 1) : 0, r)
    }

    /// The mean absolute change of the adjusted series, the intervals' unit.
    var scale: Double {
        meanAbsoluteChange(series.values[...])
    }

    /// The median of the members' point forecasts, on the adjusted scale.
    func adjustedPoints(horizon: Int) -> [Double] {
        let y = series.values[...]
        let forecasts = panel.members.map { $0.forecasts([y], horizon: horizon, global: panel.global)[0] }
        return (0..<horizon).map { h in medianOfFew(forecasts.map { $0[h] }) }
    }

    public func forecast(horizon: Int, levels: [Double]) throws(ModelError) -> Forecast {
        try ForecastRequest.validate(horizon: horizon, levels: levels)
        let points = adjustedPoints(horizon: horizon)
        var lower: [[Double]] = []
        var upper: [[Double]] = []
        if let intervals = panel.intervals {
            let s = scale
            for level in levels {
                let offsets = (1...horizon).map { intervals.offsets(step: $0, level: level) }
                lower.append(zip(points, offsets).map { $0 + s * $1.lower })
                upper.append(zip(points, offsets).map { $0 + s * $1.upper })
            }
        } else {
            // The random walk with drift's standard errors (see `RandomWalkWithDrift`).
            let walk = randomWalk
            let driftVariance = walk.variance / Double(walk.count)
            for level in levels {
                let q = Normal().quantile(0.5 + level / 200)
                let se = (1...horizon).map { h in
                    let step = Double(h)
                    return (walk.variance * step + step * step * driftVariance).squareRoot()
                }
                lower.append(zip(points, se).map { $0 - q * $1 })
                upper.append(zip(points, se).map { $0 + q * $1 })
            }
        }
        let index: (Int) -> Double = { h in series.adjustment?.index(step: h + 1) ?? 1 }
        func reseason(_ values: [Double]) -> [Double] { values.enumerated().map { $1 * index($0) } }
        return Forecast(
            model: modelName, start: series.end + 1, frequency: series.frequency,
            mean: reseason(points), levels: levels, lower: lower.map(reseason), upper: upper.map(reseason))
    }
}
