/// The normal distribution N(μ, σ²).
///
/// STUB: the distributions work fills this in.
public struct Normal: Sendable {
    public let mean: Double
    public let standardDeviation: Double
    public init(mean: Double = 0, standardDeviation: Double = 1) {
        self.mean = mean
        self.standardDeviation = standardDeviation
    }
    /// P(X ≤ x).
    public func cdf(_ x: Double) -> Double { fatalError("not yet implemented") }
    /// P(X > x), accurate in the upper tail.
    public func survival(_ x: Double) -> Double { fatalError("not yet implemented") }
    /// The x with P(X ≤ x) = p, for 0 < p < 1.
    public func quantile(_ p: Double) -> Double { fatalError("not yet implemented") }
}
