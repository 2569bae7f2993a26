#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The maps between the estimated coefficients and the polynomials of the
/// state-space form, as R's `arima` uses them.
enum ARMAParameters {
    /// Stationary AR coefficients from unconstrained values (Jones 1980):
    /// each value becomes a partial autocorrelation tanh(u) ∈ (−1, 1), and
    /// the Durbin–Levinson recursion
    ///
    ///     φ_{k,j} = φ_{k−1,j} − φ_{k,k} φ_{k−1,k−j},   j < k,
    ///
    /// turns the partial autocorrelations into the coefficients of a
    /// stationary AR(p) polynomial.
    static func partialToAR(_ raw: [Double]) -> [Double] {
        var phi = raw.map { tanh($0) }
        var work = phi
        for k in 1..<max(phi.count, 1) {
            let a = phi[k]
            for j in 0..<k { work[j] -= a * phi[k - j - 1] }
            for j in 0..<k { phi[j] = work[j] }
        }
        return phi
    }

    /// The inverse of `partialToAR`: the Durbin–Levinson recursion run
    /// backwards, φ_{k−1,j} = (φ_{k,j} + φ_{k,k} φ_{k,k−j}) / (1 − φ_{k,k}²), then atanh.
    static func arToPartial(_ phi: [Double]) -> [Double] {
        var partial = phi
        var work = phi
        var k = phi.count - 1
        while k > 0 {
            let a = partial[k]
            for j in 0..<k { work[j] = (partial[j] + a * partial[k - j - 1]) / (1 - a * a) }
            for j in 0..<k { partial[j] = work[j] }
            k -= 1
        }
        return partial.map { atanh($0) }
    }

    /// The products φ(B)Φ(Bᵐ) and θ(B)Θ(Bᵐ) written as single polynomials:
    /// `phi[i]` is the coefficient of Bⁱ⁺¹ in 1 − φ(B)Φ(Bᵐ) (sign as in
    /// y_t = Σ phi_i y_{t−i} + …), `theta[i]` that of Bⁱ⁺¹ in θ(B)Θ(Bᵐ).
    static func expand(ar: [Double], ma: [Double], seasonalAR: [Double], seasonalMA: [Double], period m: Int) -> (phi: [Double], theta: [Double]) {
        let p = ar.count + m * seasonalAR.count
        let q = ma.count + m * seasonalMA.count
        var phi = ar + Array(repeating: 0, count: p - ar.count)
        var theta = ma + Array(repeating: 0, count: q - ma.count)
        for (j, s) in seasonalAR.enumerated() {
            phi[(j + 1) * m - 1] += s
            for (i, a) in ar.enumerated() { phi[(j + 1) * m + i] -= a * s }
        }
        for (j, s) in seasonalMA.enumerated() {
            theta[(j + 1) * m - 1] += s
            for (i, b) in ma.enumerated() { theta[(j + 1) * m + i] += b * s }
        }
        return (phi, theta)
    }

    /// Whether 1 − Σ aᵢ zⁱ has all its roots outside the unit circle (R's `arCheck`).
    static func isStationary(_ ar: [Double]) -> Bool {
        guard let last = ar.lastIndex(where: { $0 != 0 }) else { return true }
        let roots = PolynomialRoots.roots(of: [1] + ar[...last].map { -$0 })
        return roots.allSatisfy { $0.magnitude > 1 }
    }

    /// An MA polynomial 1 + Σ bᵢ zⁱ made invertible by replacing each root
    /// inside the unit circle by its reciprocal (R's `maInvert`): the
    /// process keeps its autocorrelations, and the likelihood its value.
    static func invertMA(_ ma: [Double]) -> [Double] {
        guard let last = ma.lastIndex(where: { $0 != 0 }) else { return ma }
        let q0 = last + 1
        var roots = PolynomialRoots.roots(of: [1] + ma[..<q0])
        guard roots.contains(where: { $0.magnitude < 1 }) else { return ma }
        if q0 == 1 { return [1 / ma[0]] + Array(repeating: 0, count: ma.count - 1) }
        roots = roots.map { $0.magnitude < 1 ? Complex(1, 0) / $0 : $0 }
        // ∏ (1 − z/rᵢ), expanded one factor at a time.
        var coefficients = [Complex(1, 0)]
        for root in roots {
            var next = coefficients + [Complex(0, 0)]
            for k in 1..<next.count { next[k] = next[k] - coefficients[k - 1] / root }
            coefficients = next
        }
        return coefficients.dropFirst().map(\.re) + Array(repeating: 0, count: ma.count - q0)
    }

    /// The smallest root modulus of 1 − Σ φᵢ zⁱ or 1 + Σ θᵢ zⁱ, ignoring
    /// trailing coefficients below 1e-8 (forecast's `myarima` check); 2 when none.
    static func smallestRoot(of coefficients: [Double], sign: Double) -> Double {
        guard let last = coefficients.lastIndex(where: { abs($0) > 1e-8 }) else { return 2 }
        let roots = PolynomialRoots.roots(of: [1] + coefficients[...last].map { sign * $0 })
        return min(2, roots.map(\.magnitude).min() ?? 2)
    }
}
