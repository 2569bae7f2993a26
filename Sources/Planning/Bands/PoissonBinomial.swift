/// The number of successes among independent trials with unequal
/// probabilities p₁…p_n: the count of communes in a band when communes are
/// independent.
///
/// Its pmf by the recursion over trials (Chen, Dempster & Liu 1994, the
/// "direct convolution" of Hong 2013, CSDA 59:41–51): with f⁽⁰⁾ = (1),
///
///     f⁽ⁱ⁾(k) = (1 − pᵢ) f⁽ⁱ⁻¹⁾(k) + pᵢ f⁽ⁱ⁻¹⁾(k − 1),   k = 0…i,
///
/// O(n²) operations, every term a convex combination of non-negative
/// numbers, so there is no cancellation (unlike the DFT form, whose small
/// probabilities carry absolute errors of order 10⁻¹⁶).
public enum PoissonBinomial {
    /// P(count = k), k = 0…n. Each p is clamped to [0, 1].
    public static func pmf(_ probabilities: [Double]) -> [Double] {
        var f = [Double](repeating: 0, count: probabilities.count + 1)
        f[0] = 1
        for (i, raw) in probabilities.enumerated() {
            let p = min(1, max(0, raw))
            let q = 1 - p
            // In place, from the top, so f(k − 1) is still the previous trial's.
            var k = i + 1
            while k > 0 {
                f[k] = q * f[k] + p * f[k - 1]
                k -= 1
            }
            f[0] *= q
        }
        return f
    }
}

/// The distribution of a count of units (0…n) and what a report says of
/// it: its expectation, a 95% interval and the probability of reaching a
/// target count.
public struct CountOutcome: Sendable, Equatable {
    /// P(count = k), k = 0…n.
    public var probabilities: [Double]
    /// E count = Σ k P(count = k).
    public var expected: Double
    /// The 2.5% quantile: the smallest k with P(count ≤ k) ≥ 0.025.
    public var lo95: Int
    /// The 97.5% quantile: the smallest k with P(count ≤ k) ≥ 0.975.
    public var hi95: Int
    /// P(count ≥ required) = Σ_{k ≥ required} P(count = k), summed from the top.
    public var pMet: Double
    /// The count required (the band's `count`).
    public var required: Int

    /// The outcome of a count distribution against the count required.
    public init(probabilities: [Double], required: Int) {
        self.probabilities = probabilities
        self.required = required
        expected = probabilities.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
        lo95 = Self.quantile(probabilities, 0.025)
        hi95 = Self.quantile(probabilities, 0.975)
        pMet = required <= 0 ? 1 : required < probabilities.count ? min(1, probabilities[required...].reduce(0, +)) : 0
    }

    /// P(count ≥ k).
    public func probability(atLeast k: Int) -> Double {
        guard k > 0 else { return 1 }
        guard k < probabilities.count else { return 0 }
        return min(1, probabilities[k...].reduce(0, +))
    }

    /// Var count = Σ (k − E)² P(count = k).
    public var variance: Double {
        probabilities.enumerated().reduce(0) { $0 + (Double($1.offset) - expected) * (Double($1.offset) - expected) * $1.element }
    }

    /// The smallest k with F(k) ≥ u; a hair of slack (10⁻¹²) keeps a sum
    /// that should be exactly u from missing it by rounding.
    static func quantile(_ probabilities: [Double], _ u: Double) -> Int {
        var cumulative = 0.0
        for (k, p) in probabilities.enumerated() {
            cumulative += p
            if cumulative >= u - 1e-12 { return k }
        }
        return max(0, probabilities.count - 1)
    }
}
