import Forecasting
import Testing

/// Properties every additive model must have, whatever its family:
/// shifting the data by b shifts forecasts and bounds by b, and scaling it by
/// c > 0 scales them by c (the models are location–scale equivariant), and
/// each 80% interval nests inside the 95% one. Models fitted by numerical
/// optimisation may take a slightly different path on the transformed data,
/// so the tolerance is 1e-4 of the series' spread.
///
/// ARIMA with differencing is scale- but not shift-equivariant, in R as
/// here: the diffuse prior on the non-stationary states has a large but
/// finite variance κ = 10⁶ (R's `makeARIMA`), so the level enters the
/// likelihood through terms of order level²/κ; R's own
/// `Arima(austres + 1000, c(0,1,1), c(0,1,1))` moves its 95% bound by
/// 1000.63, not 1000. ARIMA is checked under scaling only.
@Suite struct EquivarianceTests {
    static let additiveModels = [
        "mean", "naive", "drift", "linear", "quadratic", "theta:optimized",
        "ses", "holt", "damped", "ets:ANN", "ets:AAN", "ets:AAdN", "theta",
        "arima:0,1,1", "arima:1,1,0+drift", "arima:1,0,0",
    ]

    /// LakeHuron 1875–1894 (R datasets).
    static let huron: [Double] = [580.38, 581.86, 580.97, 580.8, 579.79, 580.39, 580.42, 580.82, 581.4, 581.32,
                                  581.44, 581.68, 581.17, 580.53, 580.01, 579.91, 579.14, 579.16, 579.55, 579.67]

    @Test(arguments: additiveModels)
    func shiftsAndScales(name: String) throws {
        guard let model = ModelCatalog.model(named: name) else { return }  // a family not in this build
        let base = TimeSeries(start: 1875, frequency: 1, values: Self.huron.map { $0 - 575 })
        let spread = 2.7
        let transforms = name.hasPrefix("arima") ? [(0.0, 7.5), (0.0, 0.2)] : [(1000.0, 1.0), (0.0, 7.5), (-40.0, 0.2)]
        for (shift, scale) in transforms {
            let moved = TimeSeries(start: 1875, frequency: 1, values: base.values.map { $0 * scale + shift })
            let fits = model.fit(batch: [base, moved])
            let a = try fits[0].get().forecast(horizon: 4, levels: [80, 95])
            let b = try fits[1].get().forecast(horizon: 4, levels: [80, 95])
            #expect(a.model == b.model, "\(name): a different model on transformed data")
            let tolerance = 1e-4 * spread * scale
            for h in 0..<4 {
                #expect(abs(b.mean[h] - (a.mean[h] * scale + shift)) <= tolerance, "\(name) mean, shift \(shift) scale \(scale)")
                for l in 0..<2 {
                    #expect(abs(b.lower[l][h] - (a.lower[l][h] * scale + shift)) <= tolerance, "\(name) lower")
                    #expect(abs(b.upper[l][h] - (a.upper[l][h] * scale + shift)) <= tolerance, "\(name) upper")
                }
                #expect(a.lower[1][h] <= a.lower[0][h] && a.upper[0][h] <= a.upper[1][h], "\(name): 80% inside 95%")
            }
        }
    }
}
