#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0, accurate in
/// absolute terms even when a or b is huge (ν/2 = 5·10⁹ for a Student t with
/// ν = 10¹⁰), where the three `lgamma` values would cancel to a few digits.
///
/// With p = min(a, b) and q = max(a, b), and Stirling's series
/// ln Γ(z) = (z − ½) ln z − z + ½ ln 2π + δ(z)  (Abramowitz & Stegun 6.1.41):
///
/// - q < 10: the `lgamma` sum directly (all terms are moderate);
/// - p < 10 ≤ q: ln Γ(p) − (q − ½)·log1p(p/q) − p·ln(p + q) + p + δ(q) − δ(p + q);
/// - 10 ≤ p: ½ ln 2π − ½ ln(p + q) + (p − ½) ln(p/(p + q)) − (q − ½)·log1p(p/q)
///   + δ(p) + δ(q) − δ(p + q).
///
/// The ln Γ(q) − ln Γ(p + q) difference is thus formed analytically and never
/// by subtracting two large numbers.
@inlinable
func logBeta(_ a: Double, _ b: Double) -> Double {
    let p = min(a, b)
    let q = max(a, b)
    if q < 10 {
        return lgamma(p) + lgamma(q) - lgamma(p + q)
    }
    let tailDifference = -(q - 0.5) * log1p(p / q) + stirlingCorrection(q) - stirlingCorrection(p + q)
    if p < 10 {
        return lgamma(p) + tailDifference - p * log(p + q) + p
    }
    let halfLogTwoPi = 0.9189385332046728
    return halfLogTwoPi - 0.5 * log(p + q) + (p - 0.5) * log(p / (p + q))
        + tailDifference + stirlingCorrection(p)
}

/// δ(z) = ln Γ(z) − [(z − ½) ln z − z + ½ ln 2π], for z ≥ 10, by the Stirling
/// series Σ B₂ₖ / (2k(2k − 1) z^(2k−1)) (A&S 6.1.41), seven terms: the first
/// omitted term, B₁₆/(240 z¹⁵), is below 3·10⁻¹⁷ in absolute value for z ≥ 10.
@inlinable
func stirlingCorrection(_ z: Double) -> Double {
    let w = 1 / (z * z)
    let series = 1.0 / 12 + w * (-1.0 / 360 + w * (1.0 / 1260 + w * (-1.0 / 1680
        + w * (1.0 / 1188 + w * (-691.0 / 360360 + w * (1.0 / 156))))))
    return series / z
}
