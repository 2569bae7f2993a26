import Foundation
@testable import Forecasting
import Testing

/// The global autoregression against numpy (Fixtures/make-global-fixtures.py:
/// the same windows, weights and IRLS rounds, each solve by
/// `numpy.linalg.lstsq`): coefficients and forecasts to 1e-8.
@Suite struct GlobalAutoregressionTests {
    struct Reference: Decodable {
        struct Case: Decodable {
            var lags: Int
            var coefficients: [[Double]]
            var forecasts: [[Double]]
        }
        var horizon: Int
        var steps: Int
        var series: [[Double]]
        var cases: [Case]
    }

    static let reference: Reference = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("global-autoregression.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()

    func relative(_ a: Double, _ b: Double) -> Double { abs(a - b) / max(abs(b), 1) }

    @Test(arguments: [0, 1, 2])
    func matchesNumpy(caseIndex: Int) throws {
        let reference = Self.reference
        let expected = reference.cases[caseIndex]
        let panel = reference.series.map { $0[...] }
        let model = GlobalAutoregression(lags: expected.lags, horizon: reference.horizon)
        let fitted = try #require(model.fit(panel))
        var worst = 0.0
        for (ours, theirs) in zip(fitted.values, expected.coefficients) {
            #expect(ours.count == theirs.count)
            for (a, b) in zip(ours, theirs) { worst = max(worst, relative(a, b)) }
        }
        #expect(worst <= 1e-8, "lags \(expected.lags): coefficients differ from numpy by \(worst) relative")
        var worstForecast = 0.0
        for (y, theirs) in zip(panel, expected.forecasts) {
            let ours = model.forecast(y, coefficients: fitted, horizon: reference.steps)
            for (a, b) in zip(ours, theirs) { worstForecast = max(worstForecast, relative(a, b)) }
        }
        #expect(worstForecast <= 1e-8, "lags \(expected.lags): forecasts differ from numpy by \(worstForecast) relative")
    }
}
