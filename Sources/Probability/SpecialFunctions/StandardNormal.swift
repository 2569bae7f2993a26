#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard normal N(0, 1): density φ, cdf Φ and its inverse, shared by
/// `Normal` and by `StudentT` at ν = ∞.
enum StandardNormal {
    /// 1/√2 split into the double nearest to it and the remainder, so that
    /// z/√2 can be formed with its rounding error known.
    static let inverseSqrtTwo = 0.7071067811865476
    static let inverseSqrtTwoLow = -4.8336466567264565e-17
    static let twoOverSqrtPi = 1.1283791670955126
    static let inverseSqrtTwoPi = 0.3989422804014327
    static let logSqrtTwoPi = 0.9189385332046728

    /// φ(z) = e^(−z²/2) / √(2π). z² is split exactly as hi + lo (by a fused
    /// multiply–add) and e^(−lo/2) ≈ 1 − lo/2 applied, so the density keeps
    /// full relative accuracy at |z| ≈ 37 where rounding z² alone would cost
    /// 10⁻¹³.
    static func density(_ z: Double) -> Double {
        guard z.isFinite else { return z.isNaN ? .nan : 0 }
        let high = z * z
        let low = fma(z, z, -high)
        return inverseSqrtTwoPi * exp(-0.5 * high) * (1 - 0.5 * low)
    }

    /// ln φ(z) = −z²/2 − ½ ln 2π.
    static func logDensity(_ z: Double) -> Double {
        guard z.isFinite else { return z.isNaN ? .nan : -.infinity }
        return -0.5 * z * z - logSqrtTwoPi
    }

    /// Φ(z) = ½ erfc(−z/√2) (A&S 26.2.29). `erfc` keeps relative accuracy
    /// deep into the lower tail, unlike ½(1 + erf(z/√2)). The one remaining
    /// loss is the rounding ε of s = −z/√2, which erfc amplifies by 2s² (about
    /// 1.5·10⁻¹³ at z = −37); it is removed to first order with
    /// erfc(s + ε) ≈ erfc(s) − (2/√π) e^(−s²) ε.
    static func cdf(_ z: Double) -> Double {
        guard z.isFinite else { return z.isNaN ? .nan : (z > 0 ? 1 : 0) }
        let s = -z * inverseSqrtTwo
        let roundingError = fma(-z, inverseSqrtTwo, -s) - z * inverseSqrtTwoLow
        let tail = erfc(s)
        return 0.5 * (tail - twoOverSqrtPi * exp(-s * s) * roundingError)
    }

    /// 1 − Φ(z) = Φ(−z), accurate in the upper tail.
    static func survival(_ z: Double) -> Double { cdf(-z) }
}
