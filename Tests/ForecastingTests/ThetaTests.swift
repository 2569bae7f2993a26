import Testing
import Forecasting

/// The standard Theta method against R's `thetaf()`.
@Suite struct ThetaTests {
    static let fixtures = ETSFixtures.shared

    @Test(arguments: ETSFixtures.shared.seriesNames)
    func matchesRsThetaf(name: String) throws {
        let series = try #require(Self.fixtures.series[name])
        let rows = try #require(Self.fixtures.theta[name])
        let forecast = try StandardTheta().forecast(series, horizon: rows.count, levels: ETSFixtures.levels)
        #expect(forecast.model == "theta" && forecast.start == series.end + 1)
        var worst = 0.0
        for (h, row) in rows.enumerated() {
            worst = max(worst, relativeError(forecast.mean[h], row.mean))
            for l in 0..<2 {
                worst = max(worst, relativeError(forecast.lower[l][h], row.lower[l]))
                worst = max(worst, relativeError(forecast.upper[l][h], row.upper[l]))
            }
        }
        print("theta on \(name): worst relative gap to R \(worst)")
        #expect(worst <= 1e-3, "theta on \(name): \(worst)")
    }

    @Test func conformance() throws {
        let series = ["Nile", "USAccDeaths", "Y250", "UKgas"].map { Self.fixtures.series[$0]! }
        try checkConformance(of: StandardTheta(), on: series, extra: ETSConformanceTests.unfittable)
    }

    @Test func catalogName() throws {
        let model = try #require(ModelCatalog.model(named: "theta"))
        #expect(model.name == "theta")
    }
}
