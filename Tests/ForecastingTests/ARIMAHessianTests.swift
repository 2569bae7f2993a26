import Testing
@testable import Forecasting

/// The coefficient standard errors behind auto.arima's `checkarima`
/// rejection, against R's `sqrt(diag(Arima(...)$var.coef))` (fixtures from
/// `make-arima-fixtures.R`), within 2% — both are numerical Hessians with
/// steps of 10⁻³. Skipped: a mean with a drift (R reports their covariance
/// after undoing its rotation), and fits where the optimum here is higher than R's.
@Suite struct ARIMAHessianTests {
    static let fixtures = ARIMAFixtures.shared

    @Test(arguments: ARIMAPinnedTests.cases)
    func standardErrorsMatchR(_ c: ARIMAPinnedTests.Case) throws {
        let order = try #require(ARIMAOrder(name: c.model))
        guard !(order.hasMean && order.includeDrift) else { return }
        let expected = try #require(Self.fixtures.pinned[c.series]?[c.model])
        let series = try #require(Self.fixtures.series[c.series])
        let estimation = try ARIMAEstimation(order: order, series: series.values)
        let result = try estimation.fit()
        let fitted = try ARIMA(order: order).fit(series)
        guard let loglik = fitted.summary.logLikelihood, loglik <= expected["loglik"]! + 1e-6 * abs(expected["loglik"]!) else { return }
        let variances = try #require(estimation.coefficientVariances(result))
        #expect(estimation.hasValidCoefficientVariance(result))
        var worst = 0.0
        for (name, variance) in zip(order.coefficientNames, variances) {
            let r = try #require(expected["se_\(name)"])
            worst = max(worst, relativeError(variance.squareRoot(), r))
        }
        #expect(worst <= 0.02, "\(c.model) on \(c.series): standard errors differ from R's by \(worst) relative")
        print("ARIMA se vs R | \(c.series) | \(c.model) | \(worst)")
    }
}
