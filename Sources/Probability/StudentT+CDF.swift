#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StudentT {
    /// P(T ≤ t): P(T > |t|) for t < 0, ½ + P(0 < T ≤ t) for t > 0; 0 at −∞,
    /// 1 at +∞, ½ at 0.
    public func cdf(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        if isNormal { return StandardNormal.cdf(t) }
        if t.isInfinite { return t > 0 ? 1 : 0 }
        if t == 0 { return 0.5 }
        let parts = tails(magnitude: abs(t))
        return t < 0 ? parts.upper : 0.5 + parts.central
    }

    /// P(T > t) = cdf(−t), accurate in the upper tail.
    public func survival(_ t: Double) -> Double { cdf(-t) }

    /// For u ≥ 0: upper = P(T > u) and central = P(0 < T ≤ u) = ½ − upper,
    /// each computed directly, so that both keep relative accuracy.
    ///
    /// - ν = 1 (Cauchy): upper = arctan(1/u)/π, central = arctan(u)/π;
    /// - ν = 2: with w = √(2 + u²), central = u/(2w), upper = 1/(w(w + u))
    ///   (the form ½(1 − u/w) cancels for large u);
    /// - otherwise upper = ½ I_x(ν/2, ½), central = ½ (1 − I_x(ν/2, ½)),
    ///   x = ν/(ν + u²), from `RegularizedIncompleteBeta` with x, 1 − x,
    ///   ln x, ln(1 − x) all formed from u²/ν directly (A&S 26.7.1, 26.5.27).
    func tails(magnitude u: Double) -> (upper: Double, central: Double) {
        let nu = degreesOfFreedom
        if nu == 1 {
            let inversePi = 0.3183098861837907
            return (atan(1 / u) * inversePi, atan(u) * inversePi)
        }
        if nu == 2 {
            let w = u < 1 ? sqrt(2 + u * u) : u * sqrt(1 + 2 / (u * u))
            return (1 / w / (w + u), 0.5 * (u / w))
        }
        let arguments = StudentT.betaArguments(u, nu)
        let ibeta = RegularizedIncompleteBeta.evaluate(
            a: 0.5 * nu, b: 0.5, x: arguments.x, y: arguments.y,
            logX: arguments.logX, logY: arguments.logY)
        return (0.5 * ibeta.value, 0.5 * ibeta.complement)
    }

    /// x = ν/(ν + u²), y = u²/(ν + u²) and their logarithms without overflow
    /// or cancellation: with s = u²/ν, ln x = −ln(1 + s) and
    /// ln y = ln s − ln(1 + s) = 2 ln u − ln ν − ln(1 + s) for s ≤ 1, −ln(1 + 1/s) beyond;
    /// when s overflows (u ≳ 10¹⁵⁴), r = ν/u² replaces it.
    static func betaArguments(_ u: Double, _ nu: Double) -> BetaArguments {
        let ratio = (u * u) / nu
        guard ratio.isFinite else {
            let reciprocal = (nu / u) / u
            let logOnePlusReciprocal = log1p(reciprocal)
            return BetaArguments(
                x: reciprocal / (1 + reciprocal), y: 1 / (1 + reciprocal),
                logX: log(nu) - 2 * log(u) - logOnePlusReciprocal, logY: -logOnePlusReciprocal)
        }
        let logOnePlusRatio = logOnePlusSquareRatio(u, nu)
        let logY = ratio <= 1 ? 2 * log(u) - log(nu) - logOnePlusRatio : -log1p(1 / ratio)
        return BetaArguments(
            x: 1 / (1 + ratio), y: ratio / (1 + ratio), logX: -logOnePlusRatio, logY: logY)
    }
}

/// The argument x of I_x(a, b), its complement y = 1 − x, and ln x, ln y,
/// each formed directly by the caller.
struct BetaArguments {
    var x: Double
    var y: Double
    var logX: Double
    var logY: Double
}
