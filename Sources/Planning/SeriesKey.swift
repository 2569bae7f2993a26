import InputFiles

/// Identifies one series of a dataset: an indicator of one reporting unit.
public struct SeriesKey: Hashable, Sendable, CustomStringConvertible {
    /// The unit's id.
    public var unit: String
    /// The indicator's id.
    public var indicator: String

    /// A series key from its parts.
    public init(unit: String, indicator: String) {
        self.unit = unit
        self.indicator = indicator
    }

    public var description: String { "\(unit)/\(indicator)" }
}

/// Why a request cannot be served from a dataset (a usage problem, not a
/// data problem: the files themselves were read without error).
public enum PlanningError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No observation carries the indicator; `available` lists the ones that do.
    case unknownIndicator(String, available: [String])
    /// The unit has no observation of the indicator; `available` lists the units that do.
    case unknownUnit(String, indicator: String, available: [String])
    /// The indicator has no values of the asked granularity.
    case noSeries(indicator: String, granularity: Granularity)
    /// The dataset has neither targets nor band targets to score.
    case noTargets

    public var description: String {
        switch self {
        case let .unknownIndicator(name, available) where available.isEmpty:
            return "no observations of indicator '\(name)'; the data hold no observations at all (a header and no rows?)"
        case let .unknownIndicator(name, available):
            return "no observations of indicator '\(name)'; the data hold: \(available.joined(separator: ", "))"
        case let .unknownUnit(unit, indicator, available):
            let shown = available.prefix(12).joined(separator: ", ") + (available.count > 12 ? ", …" : "")
            return "unit '\(unit)' has no observations of '\(indicator)'; units that do: \(shown)"
        case .noTargets:
            return "the data have no targets: give a targets file (unit,indicator,period,low,high[,direction]) with --targets, or a bands file with --bands"
        case let .noSeries(indicator, granularity):
            if granularity == .span {
                return "indicator '\(indicator)' has only spans of months (such as 2013-01..2013-06); forecast needs yearly, quarterly or monthly values"
            }
            return "indicator '\(indicator)' has no \(granularity.rawValue)ly values to forecast"
        }
    }
}
