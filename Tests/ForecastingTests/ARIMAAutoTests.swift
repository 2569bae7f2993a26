import Testing
import Forecasting

/// The automatic search against R's `auto.arima()` (fixtures from
/// `make-arima-fixtures.R`): it must pick R's model, or one whose AICc is
/// lower than R's (R's search approximates by CSS on long series and stops
/// at a local optimum; an exact search may go further).
@Suite struct ARIMAAutoTests {
    static let fixtures = ARIMAFixtures.shared

    @Test(arguments: ARIMAFixtures.shared.seriesNames)
    func picksRsModelOrBetter(_ name: String) throws {
        let series = try #require(Self.fixtures.series[name])
        let r = try #require(Self.fixtures.auto[name])
        let fitted = try AutoARIMA().fit(series)
        let aicc = try #require(fitted.summary.aicc)
        let forecast = try fitted.forecast(horizon: 4, levels: [80, 95])
        #expect(forecast.model == fitted.modelName && fitted.modelName != "arima")
        // The same name refits the same model.
        let refit = try #require(ModelCatalog.model(named: fitted.modelName)).fit(batch: [series])[0].get()
        #expect(refit.modelName == fitted.modelName)
        if fitted.modelName == r.model {
            #expect(relativeError(aicc, r.aicc) <= 1e-4, "\(name): AICc \(aicc) vs R \(r.aicc) for the same model")
        } else {
            #expect(aicc < r.aicc + 1e-6 * abs(r.aicc), "\(name): chose \(fitted.modelName) (AICc \(aicc)) over R's \(r.model) (AICc \(r.aicc))")
        }
        print("ARIMA auto | \(name) | ours \(fitted.modelName) AICc \(aicc) | R \(r.model) AICc \(r.aicc)")
    }
}
