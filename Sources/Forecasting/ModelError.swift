/// Why one series could not be fitted or forecast. In a batch each series
/// gets its own result, so one bad unit never stops the others.
public enum ModelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The model needs at least `needed` observed values; the series has `found`.
    case tooFewObservations(needed: Int, found: Int)
    /// The model takes logarithms and the series has a value ≤ 0.
    case nonPositiveValue(Double)
    /// The horizon must be at least 1.
    case invalidHorizon(Int)
    /// Interval levels are percentages strictly between 0 and 100.
    case invalidLevel(Double)
    /// The model's parameters are not identified by the data (e.g. a rank-deficient design).
    case notIdentified(String)
    /// The numeric core failed; the text says where.
    case numerical(String)

    public var description: String {
        switch self {
        case let .tooFewObservations(needed, found):
            return "too few observations: the model needs at least \(needed), the series has \(found)"
        case let .nonPositiveValue(value):
            return "the model takes logarithms, but the series has the value \(value) (≤ 0)"
        case let .invalidHorizon(h):
            return "the horizon must be at least 1, found \(h)"
        case let .invalidLevel(level):
            return "an interval level must lie strictly between 0 and 100, found \(level)"
        case let .notIdentified(why):
            return "the model is not identified: \(why)"
        case let .numerical(why):
            return "numerical failure: \(why)"
        }
    }
}
