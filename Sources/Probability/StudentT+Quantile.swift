#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StudentT {
    /// The t with P(T ≤ t) = p. −∞ at p = 0, +∞ at p = 1, 0 at p = ½, NaN
    /// outside [0, 1].
    ///
    /// The magnitude u = |t| solves, for q = min(p, 1 − p),
    /// P(T > u) = q when q < ¼ (the tails), or P(0 < T ≤ u) = |p − ½| when
    /// q ≥ ¼ (the centre, where |p − ½| is exact), so that the target is
    /// always a probability known to full relative accuracy. It is found by
    /// Newton's method in ln u on ln P (the log–log form is nearly linear in
    /// both the power-law tails of small ν and the centre), started from
    /// Hill's (1970) Algorithm 396 for ν ≥ 1 or from the leading tail term
    /// f(u) ~ f(0) ν^((ν+1)/2) u^(−ν−1) for ν < 1, and kept inside a bracket.
    /// Closed forms: ν = 1, u = cot(πq); ν = 2, u = (1 − 2q)/√(2q(1 − q)).
    ///
    /// quantile(1 − p) = −quantile(p) exactly whenever 1 − p is a double.
    /// ±∞ when |t| exceeds the largest double (possible for ν < 1).
    public func quantile(_ p: Double) -> Double {
        guard isValid, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        if isNormal { return StandardNormal.quantile(p) }
        let isLower = p < 0.5
        let tail = isLower ? p : 1 - p
        let central = isLower ? 0.5 - p : p - 0.5
        let magnitude = upperMagnitude(tail: tail, central: central)
        return isLower ? -magnitude : magnitude
    }

    /// The u > 0 with P(T > u) = tail, P(0 < T ≤ u) = central (tail + central = ½).
    func upperMagnitude(tail: Double, central: Double) -> Double {
        let nu = degreesOfFreedom
        if nu == 1 {
            return tail < 0.25 ? 1 / tan(.pi * tail) : tan(.pi * central)
        }
        if nu == 2 {
            let numerator = tail < 0.25 ? 1 - 2 * tail : 2 * central
            return numerator / sqrt(2 * tail * (1 - tail))
        }
        let solvesCentre = tail >= 0.25
        // For small ν the answer can lie beyond the largest double (ν = 0.1, q = 10⁻³⁰⁰: u ≈ 10³⁰⁰⁰).
        if !solvesCentre, tails(magnitude: .greatestFiniteMagnitude).upper > tail { return .infinity }
        let target = solvesCentre ? central : tail
        let logTarget = log(target)
        var u = startingMagnitude(tail: tail, central: central)
        // u lies in (below, above): P(T > u) decreases and P(0 < T ≤ u) increases with u.
        var below = 0.0
        var above = Double.infinity
        for _ in 0..<100 {
            let parts = tails(magnitude: u)
            let value = solvesCentre ? parts.central : parts.upper
            let isTooLarge = solvesCentre ? value > target : value < target
            if isTooLarge { above = u } else { below = u }
            // d ln P / d ln u = ±u f(u)/P, formed in logs so that nothing underflows.
            let slope = exp(log(u) + logDensity(u) - log(value))
            let mismatch = log(value) - logTarget
            var step = (solvesCentre ? -mismatch : mismatch) / slope
            if !step.isFinite { step = isTooLarge ? -4 : 4 }
            step = min(max(step, -4), 4)
            var next = u + u * expm1(step)
            if abs(step) < 1e-12 {
                // Quadratic convergence: the remaining error is O(step²), far below an ulp.
                if next >= below && next <= above { u = next }
                break
            }
            if !(next > below && next < above) {
                next = above.isFinite ? (below > 0 ? sqrt(below) * sqrt(above) : 0.5 * above) : 2 * below
            }
            u = next
        }
        return u
    }

    /// A first guess for `upperMagnitude`.
    func startingMagnitude(tail: Double, central: Double) -> Double {
        let nu = degreesOfFreedom
        var start: Double
        if nu >= 1 {
            start = StudentT.hillQuantile(twoSidedProbability: 2 * tail, degreesOfFreedom: nu)
        } else if tail < 0.25 {
            // P(T > u) ≈ f(0) ν^((ν−1)/2) u^(−ν) for large u.
            start = exp((logDensityAtZero + 0.5 * (nu - 1) * log(nu) - log(tail)) / nu)
        } else {
            start = central / exp(logDensityAtZero)
        }
        if !(start > 0) { start = 1 }
        return min(start, 1e300)
    }

    /// Hill's approximation to the t quantile (G. W. Hill, "Algorithm 396:
    /// Student's t-quantiles", Comm. ACM 13 (1970), 619–620): the u with
    /// P(|T| > u) = P for n ≥ 1 degrees of freedom, from an inverse
    /// Cornish–Fisher-type expansion about the normal quantile, or from a
    /// series in (dP)^(2/n) in the far tail. Relative accuracy about 10⁻⁶ or
    /// better for n ≥ 1; Newton's method does the rest.
    static func hillQuantile(twoSidedProbability p: Double, degreesOfFreedom n: Double) -> Double {
        let a = 1 / (n - 0.5)
        let b = 48 / (a * a)
        var c = ((20700 * a / b - 98) * a - 16) * a + 96.36
        let d = ((94.5 / (b + c) - 3) / b + 1) * sqrt(a * .pi / 2) * n
        var y = pow(d * p, 2 / n)
        if y > 0.05 + a {
            let x = StandardNormal.quantile(0.5 * p)
            y = x * x
            if n < 5 { c += 0.3 * (n - 4.5) * (x + 0.6) }
            c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c
            y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x
            y = expm1(a * y * y)
        } else {
            y = ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1)
                * (n + 1) / (n + 2) + 1 / y
        }
        return sqrt(n * y)
    }
}
