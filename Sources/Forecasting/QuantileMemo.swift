import Probability
import Synchronization

/// Remembers Student-t quantiles already computed.
///
/// A batch of trend fits on one design shares its residual degrees of
/// freedom, so thousands of forecasts ask for the same few quantiles
/// t_{ν, (1+L)/2}; each costs a Newton iteration on the incomplete beta
/// (about 1 µs), the lookup a lock and a hash. Values are the function's own,
/// so results are identical with or without the memo.
enum QuantileMemo {
    private struct Key: Hashable {
        var degreesOfFreedom: Double
        var probability: Double
    }

    /// Bounded so that a long-running process with many distinct ν does not grow without end.
    private static let capacity = 4096
    private static let table = Mutex<[Key: Double]>([:])

    static func studentT(degreesOfFreedom: Double, probability: Double) -> Double {
        let key = Key(degreesOfFreedom: degreesOfFreedom, probability: probability)
        if let known = table.withLock({ $0[key] }) { return known }
        let value = StudentT(degreesOfFreedom: degreesOfFreedom).quantile(probability)
        table.withLock { memo in
            if memo.count >= capacity { memo.removeAll(keepingCapacity: true) }
            memo[key] = value
        }
        return value
    }
}
