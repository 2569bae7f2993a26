import Foundation
@testable import Forecasting
import Testing

/// The exact likelihood on the differenced series (`DifferencedLikelihood`,
/// Chandrasekhar recursions) against statsmodels' SARIMAX on the same
/// differenced series with the Riccati filter
/// (Fixtures/make-differenced-likelihood.py), and against the full
/// κ = 10⁶ state of `ARIMAStateSpace` that R's `arima` uses.
@Suite struct DifferencedLikelihoodTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var name: String
        var y: [Double]
        var phi: [Double]
        var theta: [Double]
        var delta: [Double]
        var count: Int
        var loglik: [Double]
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("differenced-likelihood.json")
        return try! JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
    }()

    /// −½ (ν log 2πσ² + Σ log F + Σ v²/F / σ²).
    static func loglik(_ sums: ARIMAStateSpace.Likelihood, sigma2: Double) -> Double {
        let n = Double(sums.count)
        return -0.5 * (n * log(2 * Double.pi * sigma2) + sums.sumOfLogGains + sums.sumOfSquares / sigma2)
    }

    /// ½ [log(Σ v²/F / ν) + Σ log F / ν], what the ARIMA fit minimises.
    static func objective(_ sums: ARIMAStateSpace.Likelihood) -> Double {
        let n = Double(sums.count)
        return 0.5 * (log(sums.sumOfSquares / n) + sums.sumOfLogGains / n)
    }

    @Test(arguments: cases)
    func matchesStatsmodels(_ c: Case) throws {
        let sums = try #require(DifferencedLikelihood.sums(c.y, phi: c.phi, theta: c.theta, delta: c.delta))
        #expect(sums.count == c.count)
        for (sigma2, expected) in zip([1.0, 2.0], c.loglik) {
            let ours = Self.loglik(sums, sigma2: sigma2)
            #expect(abs(ours - expected) <= 1e-9 * max(1, abs(expected)), "\(c.name), σ² = \(sigma2): \(ours) vs statsmodels \(expected)")
        }
    }

    /// Without differencing both are exact and agree to rounding; with it,
    /// R's κ = 10⁶ moves the objective in about the fifth digit at most.
    @Test(arguments: cases)
    func agreesWithTheFullState(_ c: Case) throws {
        let sums = try #require(DifferencedLikelihood.sums(c.y, phi: c.phi, theta: c.theta, delta: c.delta))
        var full = try #require(ARIMAStateSpace(phi: c.phi, theta: c.theta, delta: c.delta))
        let reference = full.filter(c.y)
        #expect(sums.count == reference.count)
        let gap = abs(Self.objective(sums) - Self.objective(reference))
        #expect(gap <= (c.delta.isEmpty ? 1e-12 : 1e-4), "\(c.name): objectives differ by \(gap)")
    }

    @Test func nonStationaryIsNil() {
        #expect(DifferencedLikelihood.sums([1, 2, 3, 4, 5, 6], phi: [0.5, 0.6], theta: [], delta: [1]) == nil)
    }
}
