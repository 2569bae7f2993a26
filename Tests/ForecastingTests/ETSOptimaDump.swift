import Foundation
import Testing
@testable import Forecasting

/// Writes our optimum of every fixture fit whose log-likelihood beats R's by
/// more than 1, for `Fixtures/make-ets-optima-check.R` to re-evaluate with
/// R's own likelihood code (`ets(y, model = fit, use.initial.values = TRUE)`)
/// and R's `check.param`:
///
///     ETS_DUMP_OPTIMA=/tmp/ets-gains.csv swift test --filter dumpOptimaBeyondRs
///     Rscript Tests/ForecastingTests/Fixtures/make-ets-optima-check.R /tmp/ets-gains.csv
///
/// Off unless ETS_DUMP_OPTIMA is set.
@Test(.enabled(if: ProcessInfo.processInfo.environment["ETS_DUMP_OPTIMA"] != nil))
func dumpOptimaBeyondRs() throws {
    let path = try #require(ProcessInfo.processInfo.environment["ETS_DUMP_OPTIMA"])
    let fixtures = ETSFixtures.shared
    var lines: [String] = []
    func text(_ x: Double) -> String { String(format: "%.17g", x) }
    for name in fixtures.seriesNames {
        for code in (fixtures.fits[name] ?? [:]).keys.sorted() {
            let fit = try ExponentialSmoothing(ETSComponents(code: code)!).fit(fixtures.series[name]!)
            guard let ll = fit.summary.logLikelihood, ll - fixtures.fits[name]![code]!["loglik"]! > 1 else { continue }
            let s = fit.smoothing
            let states = fit.initialState.vector(hasTrend: fit.components.hasTrend)
            lines.append(([name, code] + ([s.alpha, s.beta, s.gamma, s.phi, ll] + states).map(text)).joined(separator: ","))
        }
    }
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
}
