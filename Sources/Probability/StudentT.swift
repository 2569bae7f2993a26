#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Student's t distribution with ν > 0 degrees of freedom (ν may be
/// fractional; ν = ∞ is the standard normal).
///
/// - density f(t) = (1 + t²/ν)^(−(ν+1)/2) / (√ν B(ν/2, ½))  (A&S 26.7.1);
/// - cdf and survival through the regularized incomplete beta function,
///   P(T > |t|) = ½ I_{ν/(ν+t²)}(ν/2, ½) and P(0 < T ≤ |t|) = ½ I_{t²/(ν+t²)}(½, ν/2)
///   (A&S 26.7.1 with 26.5.27), each with its own relative accuracy, closed
///   forms for ν = 1 (Cauchy) and ν = 2, and Φ for ν = ∞ (see `StudentT+CDF.swift`);
/// - quantile from Hill's (1970) Algorithm 396 refined by Newton's method
///   on the log of the tail probability (see `StudentT+Quantile.swift`).
///
/// Every function returns NaN when ν ≤ 0 or ν is NaN, or the argument is NaN.
public struct StudentT: Sendable {
    /// ν, the degrees of freedom; ∞ gives the standard normal.
    public let degreesOfFreedom: Double

    /// Student's t with ν degrees of freedom (location 0, scale 1).
    public init(degreesOfFreedom: Double) { self.degreesOfFreedom = degreesOfFreedom }

    /// Whether ν describes a distribution (0 < ν ≤ ∞).
    public var isValid: Bool { degreesOfFreedom > 0 }

    var isNormal: Bool { degreesOfFreedom == .infinity }

    /// ln f(0) = −½ ln ν − ln B(ν/2, ½).
    var logDensityAtZero: Double {
        -0.5 * log(degreesOfFreedom) - logBeta(0.5 * degreesOfFreedom, 0.5)
    }

    /// ln f(t) = ln f(0) − ((ν + 1)/2) ln(1 + t²/ν); −∞ at t = ±∞.
    public func logDensity(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        if isNormal { return StandardNormal.logDensity(t) }
        if t.isInfinite { return -.infinity }
        let nu = degreesOfFreedom
        return logDensityAtZero - 0.5 * (nu + 1) * StudentT.logOnePlusSquareRatio(abs(t), nu)
    }

    /// f(t) = exp(ln f(t)); 0 at t = ±∞.
    public func density(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        if isNormal { return StandardNormal.density(t) }
        return exp(logDensity(t))
    }

    /// ln(1 + u²/ν) for u ≥ 0. The ratio u²/ν is carried with its rounding
    /// error (u² split exactly by a fused multiply–add, the quotient's
    /// remainder likewise), since ((ν + 1)/2)·ln(1 + u²/ν) is up to ~700 where
    /// the density is still representable and would otherwise lose 10⁻¹³.
    static func logOnePlusSquareRatio(_ u: Double, _ nu: Double) -> Double {
        let square = u * u
        let ratio = square / nu
        guard ratio.isFinite else {
            let reciprocal = (nu / u) / u
            return 2 * log(u) - log(nu) + log1p(reciprocal)
        }
        let ratioLow = (fma(-ratio, nu, square) + fma(u, u, -square)) / nu
        return log1p(ratio) + ratioLow / (1 + ratio)
    }
}
