#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The regularized incomplete beta function
///
///     I_x(a, b) = (1 / B(a, b)) ∫₀ˣ tᵃ⁻¹ (1 − t)ᵇ⁻¹ dt,   a, b > 0, 0 ≤ x ≤ 1,
///
/// the cdf of the Beta(a, b) distribution, and through it the Student t,
/// F and binomial cdfs.
///
/// Evaluation follows the continued fraction of Abramowitz & Stegun 26.5.8,
///
///     I_x(a, b) = xᵃ (1 − x)ᵇ / (a B(a, b)) · 1 / (1 + d₁/(1 + d₂/(1 + …))),
///     d₂ₘ₊₁ = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)),
///     d₂ₘ   =  m (b − m) x / ((a + 2m − 1)(a + 2m)),
///
/// summed by the modified Lentz algorithm (Lentz 1976; Thompson & Barnett
/// 1986, J. Comput. Phys. 64, 490–509). The fraction converges quickly for
/// x < (a + 1)/(a + b + 2); above that point the symmetry
/// I_x(a, b) = 1 − I_{1−x}(b, a) (A&S 26.5.2) is used instead, and whichever
/// of I and 1 − I is computed directly keeps full relative accuracy, so both
/// tails are accurate. The prefactor is formed in logarithms with `logBeta`,
/// which stays accurate for huge a or b.
///
/// For b = ½ and a ≥ 250 (the Student t with ν ≥ 500) the lower branch uses
/// the expansion in `halfOrderForLargeA` instead, since the fraction would
/// lose ε/(1 − x) there. For other large a with x within O(1/a) of 1 the
/// fraction's relative error grows like ε/(1 − x) (see the tests' tolerances).
public enum RegularizedIncompleteBeta {
    /// I_x(a, b). NaN if a ≤ 0, b ≤ 0, x ∉ [0, 1] or any argument is NaN.
    public static func value(x: Double, a: Double, b: Double) -> Double {
        evaluate(x: x, oneMinusX: 1 - x, a: a, b: b).value
    }

    /// 1 − I_x(a, b) = I_{1−x}(b, a), with full relative accuracy when it is
    /// small (the upper tail of Beta(a, b)).
    public static func complement(x: Double, a: Double, b: Double) -> Double {
        evaluate(x: x, oneMinusX: 1 - x, a: a, b: b).complement
    }

    /// I_x(a, b) and 1 − I_x(a, b) together, for callers that know 1 − x more
    /// accurately than the subtraction `1 - x` (for Student t, x = ν/(ν + t²)
    /// and 1 − x = t²/(ν + t²) are both formed directly).
    ///
    /// - Precondition: `oneMinusX` is 1 − x to within rounding.
    public static func evaluate(
        x: Double, oneMinusX y: Double, a: Double, b: Double
    ) -> (value: Double, complement: Double) {
        guard a > 0, b > 0, x >= 0, x <= 1, y >= 0, y <= 1 else { return (.nan, .nan) }
        let logX = x < 0.5 ? log(x) : log1p(-y)
        let logY = y < 0.5 ? log(y) : log1p(-x)
        return evaluate(a: a, b: b, x: x, y: y, logX: logX, logY: logY)
    }

    /// The core, given ln x and ln(1 − x) as well: when x underflows (a Student
    /// t far in its tail, x = ν/(ν + t²) < 10⁻³⁰⁸) ln x is still finite and
    /// xᵃ may still be representable for small a.
    static func evaluate(
        a: Double, b: Double, x: Double, y: Double, logX: Double, logY: Double
    ) -> (value: Double, complement: Double) {
        if logX == -.infinity { return (0, 1) }
        if logY == -.infinity { return (1, 0) }
        let logFront = a * logX + b * logY - logBeta(a, b)
        if x > (a + 1) / (a + b + 2) {
            let upper = exp(logFront) / b / continuedFraction(a: b, b: a, x: y)
            return (1 - upper, upper)
        }
        if b == 0.5, a >= 250, -logX <= 1 {
            let lower = halfOrderForLargeA(a: a, logReciprocalX: -logX)
            return (lower, 1 - lower)
        }
        let lower = exp(logFront) / a / continuedFraction(a: a, b: b, x: x)
        return (lower, 1 - lower)
    }

    /// The denominator 1 + d₁/(1 + d₂/(1 + …)) of A&S 26.5.8 by modified
    /// Lentz: the convergents are carried as ratios C and D, each kept off
    /// zero by `tiny`, and the product stops once a factor is 1 to within an
    /// ulp. For the Student t (b = ½) it takes at most a few dozen terms at any
    /// ν; for large a and b together it needs O(√max(a, b)) terms, hence the
    /// generous cap.
    static func continuedFraction(a: Double, b: Double, x: Double) -> Double {
        let tiny = 1e-300
        var value = 1.0
        var c = 1.0
        var d = 0.0
        func step(_ coefficient: Double) -> Double {
            d = 1 + coefficient * d
            if abs(d) < tiny { d = tiny }
            c = 1 + coefficient / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let factor = c * d
            value *= factor
            return factor
        }
        let maximumTerms = 50_000
        var m = 0.0
        for _ in 0..<maximumTerms {
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            let oddFactor = step(odd)
            m += 1
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            let evenFactor = step(even)
            if abs(oddFactor - 1) <= 2 * Double.ulpOfOne, abs(evenFactor - 1) <= 2 * Double.ulpOfOne {
                break
            }
        }
        return value
    }
}
