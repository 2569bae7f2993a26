import Forecasting

/// The predictive distribution of one value (a year's revenue, a commune's
/// criteria count): equally likely draws, or the probabilities of the
/// counts 0…cap.
public enum PredictiveValue: Sendable, Equatable {
    /// Draws, sorted ascending.
    case draws([Double])
    /// P(X = k) for k = 0…count − 1.
    case counts([Double])

    /// From unsorted draws; non-finite draws are dropped.
    public static func sample(_ draws: [Double]) -> PredictiveValue {
        .draws(draws.filter(\.isFinite).sorted())
    }

    /// P(X ≥ c): the share of draws ≥ c, or the upper tail of the counts.
    public func probability(atLeast c: Double) -> Double {
        switch self {
        case let .draws(x):
            guard !x.isEmpty else { return .nan }
            return Double(x.count - Self.firstIndex(in: x) { $0 >= c }) / Double(x.count)
        case let .counts(p):
            return p.indices.reduce(0) { Double($1) >= c ? $0 + p[$1] : $0 }
        }
    }

    /// P(X ≤ c).
    public func probability(atMost c: Double) -> Double {
        switch self {
        case let .draws(x):
            guard !x.isEmpty else { return .nan }
            return Double(Self.firstIndex(in: x) { $0 > c }) / Double(x.count)
        case let .counts(p):
            return p.indices.reduce(0) { Double($1) <= c ? $0 + p[$1] : $0 }
        }
    }

    /// The p-quantile: R's type 8 on draws; the smallest k with P(X ≤ k) ≥ p on counts.
    public func quantile(_ p: Double) -> Double {
        switch self {
        case let .draws(x):
            return SampleQuantile.type8(sorted: x, p)
        case let .counts(probabilities):
            var cumulative = 0.0
            for (k, q) in probabilities.enumerated() {
                cumulative += q
                if cumulative >= p - 1e-12 { return Double(k) }
            }
            return Double(probabilities.count - 1)
        }
    }

    /// The 0.5 quantile.
    public var median: Double { quantile(0.5) }

    /// Index of the first sorted element satisfying a monotone predicate (binary search).
    static func firstIndex(in x: [Double], where predicate: (Double) -> Bool) -> Int {
        var lo = 0, hi = x.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if predicate(x[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
