/// One indicator in one target year: what a band model projects (the
/// criteria counts of 2014), so that a target of another year of the same
/// indicator is never scored with it.
public struct IndicatorYear: Hashable, Sendable, CustomStringConvertible {
    /// The indicator's id.
    public var indicator: String
    /// The target year.
    public var year: Int

    /// An indicator in a year.
    public init(indicator: String, year: Int) {
        self.indicator = indicator
        self.year = year
    }

    public var description: String { "\(indicator) \(year)" }
}
