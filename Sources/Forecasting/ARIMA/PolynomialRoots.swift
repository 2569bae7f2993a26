#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A complex number, just enough for polynomial roots.
struct Complex: Sendable, Equatable {
    var re: Double
    var im: Double

    init(_ re: Double, _ im: Double) {
        self.re = re
        self.im = im
    }

    var magnitude: Double { hypot(re, im) }

    static func + (a: Complex, b: Complex) -> Complex { Complex(a.re + b.re, a.im + b.im) }
    static func - (a: Complex, b: Complex) -> Complex { Complex(a.re - b.re, a.im - b.im) }
    static func * (a: Complex, b: Complex) -> Complex {
        Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
    }
    static func / (a: Complex, b: Complex) -> Complex {
        // Smith's algorithm, which avoids overflow in |b|².
        if abs(b.re) >= abs(b.im) {
            let r = b.im / b.re, den = b.re + b.im * r
            return Complex((a.re + a.im * r) / den, (a.im - a.re * r) / den)
        }
        let r = b.re / b.im, den = b.re * r + b.im
        return Complex((a.re * r + a.im) / den, (a.im * r - a.re) / den)
    }
}

/// Roots of real polynomials, for the stationarity and invertibility checks.
enum PolynomialRoots {
    /// The complex roots of c₀ + c₁z + … + c_k zᵏ (c_k ≠ 0), by the
    /// Weierstrass (Durand–Kerner) simultaneous iteration
    ///
    ///     zᵢ ← zᵢ − P(zᵢ) / (c_k ∏_{j≠i} (zᵢ − zⱼ)),
    ///
    /// started on a circle of radius the Cauchy bound, then each root
    /// polished by Newton steps on P.
    static func roots(of c: [Double]) -> [Complex] {
        var coefficients = c
        while let last = coefficients.last, last == 0, coefficients.count > 1 { coefficients.removeLast() }
        let k = coefficients.count - 1
        guard k >= 1 else { return [] }
        if k == 1 { return [Complex(-coefficients[0] / coefficients[1], 0)] }
        let lead = coefficients[k]
        let monic = coefficients.map { $0 / lead }
        let bound = 1 + (monic.dropLast().map { abs($0) }.max() ?? 0)
        var z = (0..<k).map { i -> Complex in
            let angle = 2 * Double.pi * Double(i) / Double(k) + 0.4
            return Complex(bound * cos(angle), bound * sin(angle))
        }
        for _ in 0..<500 {
            var change = 0.0
            for i in 0..<k {
                var denominator = Complex(1, 0)
                for j in 0..<k where j != i { denominator = denominator * (z[i] - z[j]) }
                let step = evaluate(monic, at: z[i]) / denominator
                z[i] = z[i] - step
                change = max(change, step.magnitude / max(1, z[i].magnitude))
            }
            if change < 1e-14 { break }
        }
        let derivative = (1...k).map { Double($0) * monic[$0] }
        return z.map { root in
            var r = root
            for _ in 0..<3 {
                let slope = evaluate(derivative, at: r)
                guard slope.magnitude > 0 else { break }
                r = r - evaluate(monic, at: r) / slope
            }
            return r
        }
    }

    /// Σ cᵢ zⁱ by Horner's rule.
    static func evaluate(_ c: [Double], at z: Complex) -> Complex {
        var value = Complex(0, 0)
        for coefficient in c.reversed() { value = value * z + Complex(coefficient, 0) }
        return value
    }
}
