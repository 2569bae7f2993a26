@testable import Forecasting
import Testing

/// `StationaryCovariance` on cases with closed forms, and its first column
/// (what the Chandrasekhar recursions start from) against the whole matrix.
@Suite struct StationaryCovarianceTests {
    /// AR(2) φ = (0.5, 0.3): γ(0) = (1 − φ₂) / ((1 + φ₂)((1 − φ₂)² − φ₁²))
    /// (Brockwell & Davis 1991, §3.3), the top-left entry.
    @Test func ar2VarianceIsTheClosedForm() throws {
        let (a, b) = (0.5, 0.3)
        let q0 = try #require(StationaryCovariance.matrix(phi: [a, b], theta: []))
        let expected = (1 - b) / ((1 + b) * ((1 - b) * (1 - b) - a * a))
        #expect(abs(q0[0] - expected) <= 1e-12 * expected)
    }

    /// MA(1): γ(0) = 1 + θ², and the state's second entry a₂ = θ ε_t has
    /// Cov(y, a₂) = θ and variance θ².
    @Test func ma1IsTheClosedForm() throws {
        let q0 = try #require(StationaryCovariance.matrix(phi: [], theta: [0.4]))
        #expect(abs(q0[0] - 1.16) <= 1e-12 && abs(q0[1] - 0.4) <= 1e-12 && abs(q0[3] - 0.16) <= 1e-12)
    }

    static let seasonalAR: [Double] = [0.3] + [Double](repeating: 0, count: 10) + [0.5, -0.15]
    static let seasonalMA: [Double] = [0.4] + [Double](repeating: 0, count: 10) + [0.6, 0.24]
    static let models: [([Double], [Double])] = [([0.5, -0.2, 0.1], [0.4]), (seasonalAR, seasonalMA), ([], [-0.4, 0.2, 0.1])]

    @Test(arguments: models)
    func firstColumnIsTheMatrixsFirstColumn(phi: [Double], theta: [Double]) throws {
        let q0 = try #require(StationaryCovariance.matrix(phi: phi, theta: theta))
        let column = try #require(StationaryCovariance.firstColumn(phi: phi, theta: theta))
        let r = column.count
        #expect(r * r == q0.count)
        for i in 0..<r { #expect(abs(column[i] - q0[i * r]) <= 1e-12 * max(1, abs(q0[0])), "entry \(i)") }
    }

    /// φ(B) = 1 − B (a unit root) and φ(B) = 1 − 1.2B: no stationary covariance.
    @Test func nonStationaryIsNil() {
        #expect(StationaryCovariance.matrix(phi: [1.0], theta: [0.3]) == nil)
        #expect(StationaryCovariance.firstColumn(phi: [1.2, 0], theta: []) == nil)
        #expect(StationaryCovariance.firstColumn(phi: [0.5, 0.6], theta: []) == nil)
    }
}
