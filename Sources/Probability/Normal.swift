#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The normal distribution N(μ, σ²).
///
/// With z = (x − μ)/σ:
///
/// - density φ(z)/σ, φ(z) = e^(−z²/2)/√(2π);
/// - cdf Φ(z) = ½ erfc(−z/√2) and survival Φ(−z) (A&S 26.2.29), each with
///   full relative accuracy in its own tail (10⁻¹⁵ or better over |z| ≤ 37);
/// - quantile μ + σ Φ⁻¹(p), Φ⁻¹ by Wichura's AS 241 (1988).
///
/// Every function returns NaN when μ is not finite, σ is not finite and
/// positive, or the argument is NaN.
public struct Normal: Sendable {
    /// μ, the location.
    public let mean: Double
    /// σ, the scale; a valid distribution has 0 < σ < ∞.
    public let standardDeviation: Double

    /// N(μ, σ²); the standard normal by default.
    public init(mean: Double = 0, standardDeviation: Double = 1) {
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// Whether μ and σ describe a distribution (μ finite, 0 < σ < ∞).
    public var isValid: Bool {
        mean.isFinite && standardDeviation.isFinite && standardDeviation > 0
    }

    private func standardized(_ x: Double) -> Double {
        isValid ? (x - mean) / standardDeviation : .nan
    }

    /// f(x) = φ((x − μ)/σ)/σ; 0 at x = ±∞.
    public func density(_ x: Double) -> Double {
        StandardNormal.density(standardized(x)) / standardDeviation
    }

    /// ln f(x) = −z²/2 − ln σ − ½ ln 2π; −∞ at x = ±∞.
    public func logDensity(_ x: Double) -> Double {
        StandardNormal.logDensity(standardized(x)) - log(standardDeviation)
    }

    /// P(X ≤ x) = Φ((x − μ)/σ); 0 at −∞, 1 at +∞.
    public func cdf(_ x: Double) -> Double {
        StandardNormal.cdf(standardized(x))
    }

    /// P(X > x) = Φ(−(x − μ)/σ), accurate in the upper tail.
    public func survival(_ x: Double) -> Double {
        StandardNormal.survival(standardized(x))
    }

    /// The x with P(X ≤ x) = p: μ + σ Φ⁻¹(p). −∞ at p = 0, +∞ at p = 1, NaN
    /// outside [0, 1].
    public func quantile(_ p: Double) -> Double {
        guard isValid else { return .nan }
        return mean + standardDeviation * StandardNormal.quantile(p)
    }
}
