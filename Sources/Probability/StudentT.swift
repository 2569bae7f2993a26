/// Student's t distribution with ν > 0 degrees of freedom (ν may be fractional; ν = ∞ is the normal).
///
/// STUB: the distributions work fills this in.
public struct StudentT: Sendable {
    public let degreesOfFreedom: Double
    public init(degreesOfFreedom: Double) { self.degreesOfFreedom = degreesOfFreedom }
    /// P(T ≤ x).
    public func cdf(_ x: Double) -> Double { fatalError("not yet implemented") }
    /// P(T > x), accurate in the upper tail.
    public func survival(_ x: Double) -> Double { fatalError("not yet implemented") }
    /// The x with P(T ≤ x) = p, for 0 < p < 1.
    public func quantile(_ p: Double) -> Double { fatalError("not yet implemented") }
}
