#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A probability distribution on the whole numbers 0, 1, …, cap: the
/// predictive distribution of a bounded count such as the new-rural
/// criteria a commune meets (cap = 19).
///
/// `probabilities[k]` = P(X = k). The cumulative F(k) = Σ_{j ≤ k} P(X = j)
/// and the survival P(X ≥ k) = Σ_{j ≥ k} P(X = j) are summed directly (not
/// as 1 − F) so that small tail probabilities keep their relative accuracy.
public struct CountDistribution: Sendable, Equatable {
    /// P(X = k), k = 0…cap; non-negative, summing to 1.
    public let probabilities: [Double]

    /// The largest value, `probabilities.count − 1`.
    public var cap: Int { probabilities.count - 1 }

    /// A distribution from weights w₀…w_cap (≥ 0, not all 0), normalised: P(X = k) = w_k / Σ w.
    public init(weights: [Double]) {
        precondition(!weights.isEmpty, "at least the value 0")
        precondition(weights.allSatisfy { $0 >= 0 && $0.isFinite }, "weights are finite and non-negative")
        let total = weights.reduce(0, +)
        precondition(total > 0, "some weight is positive")
        probabilities = weights.map { $0 / total }
    }

    /// All mass at `value`, clamped to [0, cap].
    public static func pointMass(at value: Int, cap: Int) -> CountDistribution {
        var weights = [Double](repeating: 0, count: cap + 1)
        weights[min(max(value, 0), cap)] = 1
        return CountDistribution(weights: weights)
    }

    /// P(X = k); 0 outside 0…cap.
    public func probability(of k: Int) -> Double {
        (0...cap).contains(k) ? probabilities[k] : 0
    }

    /// F(k) = P(X ≤ k).
    public func cdf(_ k: Int) -> Double {
        guard k >= 0 else { return 0 }
        guard k < cap else { return 1 }
        return min(1, probabilities[0...k].reduce(0, +))
    }

    /// P(X ≥ k).
    public func probability(atLeast k: Int) -> Double {
        guard k > 0 else { return 1 }
        guard k <= cap else { return 0 }
        return min(1, probabilities[k...].reduce(0, +))
    }

    /// P(lower ≤ X ≤ upper) for real bounds: the whole numbers in [lower, upper].
    public func probability(in lower: Double, _ upper: Double) -> Double {
        let lo = max(0, Int((lower - 1e-9).rounded(.up)))
        let hi = min(cap, Int((upper + 1e-9).rounded(.down)))
        guard lo <= hi else { return 0 }
        return min(1, probabilities[lo...hi].reduce(0, +))
    }

    /// E X = Σ k P(X = k).
    public var mean: Double {
        probabilities.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
    }

    /// Var X = Σ (k − E X)² P(X = k).
    public var variance: Double {
        let m = mean
        return probabilities.enumerated().reduce(0) { $0 + (Double($1.offset) - m) * (Double($1.offset) - m) * $1.element }
    }

    /// The smallest k with F(k) ≥ u (the generalised inverse of F), for u in (0, 1):
    /// X = F⁻¹(U) with U uniform has this distribution, which is how a
    /// Gaussian copula draws a count (`DistrictShockSimulation`).
    public func quantile(_ u: Double) -> Int {
        var cumulative = 0.0
        for k in 0..<cap {
            cumulative += probabilities[k]
            if cumulative >= u { return k }
        }
        return cap
    }

    /// The ranked probability score of the outcome y (Epstein 1969; Gneiting &
    /// Raftery 2007, §4.2): RPS = Σ_{k=0}^{cap−1} (F(k) − 1{y ≤ k})², the
    /// discrete CRPS; 0 for a point mass on y, lower is better. y is clamped to [0, cap].
    public func rankedProbabilityScore(_ y: Int) -> Double {
        let outcome = min(max(y, 0), cap)
        var cumulative = 0.0
        var score = 0.0
        for k in 0..<cap {
            cumulative += probabilities[k]
            let indicator: Double = outcome <= k ? 1 : 0
            score += (cumulative - indicator) * (cumulative - indicator)
        }
        return score
    }

    /// The logarithmic score −ln P(X = y), with P floored at `floor` so that
    /// one outcome the model gave no mass does not make a panel's mean infinite.
    public func logScore(_ y: Int, floor: Double = 1e-6) -> Double {
        -log(max(probability(of: min(max(y, 0), cap)), floor))
    }
}

extension CountDistribution {
    /// A continuous predictive distribution with cdf G, rounded to the
    /// nearest whole number and censored to [0, cap]:
    ///
    ///     P(0) = G(½),  P(k) = G(k + ½) − G(k − ½) (0 < k < cap),  P(cap) = 1 − G(cap − ½).
    ///
    /// Rounding is the reading of a continuous trend forecast as a count
    /// (17.7 criteria is 18), and censoring is the reading of its tails (a
    /// commune cannot meet more than cap or fewer than 0 criteria).
    public static func discretising(cap: Int, cdf: (Double) -> Double) -> CountDistribution {
        var weights = [Double](repeating: 0, count: cap + 1)
        var previous = 0.0
        for k in 0..<cap {
            let next = min(1, max(previous, cdf(Double(k) + 0.5)))
            weights[k] = next - previous
            previous = next
        }
        weights[cap] = max(0, 1 - previous)
        return CountDistribution(weights: weights)
    }
}
