#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension RegularizedIncompleteBeta {
    /// I_x(a, ½) for large a (a ≥ 250) and x near 1 (s = −ln x ≤ 1): the
    /// Student t tail for ν ≥ 500.
    ///
    /// There the continued fraction would be fed x = 1 − y with y ~ 1/a, and
    /// its terms 1 + d₂ₘ₊₁ ≈ y + (m + ½)/a cancel: the rounding of x alone
    /// costs ε/y (2·10⁻⁷ at ν = 10¹⁰, t = 2.5). Instead, with x = e^(−s),
    ///
    ///     I_x(a, ½) = (1/B(a, ½)) ∫ₛ^∞ e^(−av) (1 − e^(−v))^(−½) dv
    ///               = (1/(B(a, ½) √a)) Σₖ cₖ a^(−k) Γ(k + ½, as),
    ///
    /// where Σ cₖ vᵏ = √(v/(1 − e^(−v))) (radius of convergence 2π) and
    /// Γ(k + ½, z) = (k − ½) Γ(k − ½, z) + z^(k−½) e^(−z), Γ(½, z) = √π erfc(√z).
    /// This is the b = ½ case of Didonato & Morris's BGRAT (ACM TOMS 18 (1992),
    /// 360–373), with Γ(k + ½, ·) in closed form; s = −ln x = ln(1 + t²/ν) is
    /// formed without cancellation by the caller. The terms fall like
    /// (s/2π)ᵏ + k!/(2πa)ᵏ, so 26 coefficients reach 10⁻¹⁷.
    static func halfOrderForLargeA(a: Double, logReciprocalX s: Double) -> Double {
        let z = a * s
        let rootZ = sqrt(z)
        let sqrtPi = 1.7724538509055160
        var incompleteGamma = sqrtPi * erfc(rootZ)
        var power = rootZ * exp(-z)
        var sum = incompleteGamma
        var inversePower = 1.0
        var smallTerms = 0
        for k in 1..<halfOrderCoefficients.count {
            incompleteGamma = (Double(k) - 0.5) * incompleteGamma + power
            power *= z
            inversePower /= a
            let term = halfOrderCoefficients[k] * inversePower * incompleteGamma
            sum += term
            // Some cₖ are unusually small (c₄), so one small term does not end the sum.
            smallTerms = abs(term) <= 1e-17 * abs(sum) ? smallTerms + 1 : 0
            if smallTerms == 2 { break }
        }
        return exp(-logBeta(a, 0.5) - 0.5 * log(a)) * sum
    }

    /// Taylor coefficients cₖ of √(v/(1 − e^(−v))), from v/(1 − e^(−v)) = Σ B⁺ₙ vⁿ/n!
    /// (Bernoulli numbers, B⁺₁ = ½) by the square-root recurrence
    /// cₖ = (bₖ − Σⱼ₌₁^(k−1) cⱼ cₖ₋ⱼ)/2; computed in exact rational arithmetic.
    static let halfOrderCoefficients: [Double] = [
        1.0, 0.25, 0.010416666666666666, -0.0026041666666666665, -9.765625e-05,
        5.154079861111111e-05, 1.2756024718915344e-06, -1.110097087880291e-06,
        -1.9670584004181822e-08, 2.4836319884715677e-08, 3.3966619960386745e-10,
        -5.690071833942187e-10, -6.3372301556671304e-12, 1.3251315155878903e-11,
        1.2468358960996804e-13, -3.1229993780631886e-13, -2.546988626356897e-15,
        7.426702350918158e-15, 5.3488858900327365e-17, -1.778579261088922e-16,
        -1.1473989542270475e-18, 4.283476654726128e-18, 2.5030337435180244e-20,
        -1.0363862910759544e-19, -5.535498379178477e-22,
    ]
}
