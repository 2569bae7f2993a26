import InputFiles

/// How a year's outcome stands against its target, in the words of the
/// province's year-end summary (tổng kết năm): exceeded (vượt mức), met
/// (hoàn thành), not met (không hoàn thành), or missing when the year's
/// outcome is not in the data.
public enum OutcomeStatus: String, Sendable, CaseIterable {
    case exceeded
    case met
    case notMet = "not_met"
    case missing

    /// The status of `outcome` against [low, high] in `direction`: for
    /// `at_least`, above `high` is exceeded, from `low` to `high` met, below
    /// `low` not met; for `at_most` the same mirrored (below `low` exceeded,
    /// above `high` not met). A point target (low = high) is met only at it.
    public static func of(_ outcome: Double?, low: Double, high: Double, direction: TargetDirection) -> OutcomeStatus {
        guard let outcome, outcome.isFinite else { return .missing }
        switch direction {
        case .atLeast: return outcome > high ? .exceeded : (outcome >= low ? .met : .notMet)
        case .atMost: return outcome < low ? .exceeded : (outcome <= high ? .met : .notMet)
        }
    }
}

/// One target of the year with what the year brought.
public struct TargetOutcome: Sendable, Equatable {
    public var target: Target
    /// The year's value: its yearly observation, else the sum of in-year
    /// flows that cover January–December without a gap; nil when neither.
    public var outcome: Double?
    /// outcome ÷ low (the spec's `share`); nil when the outcome is missing or low is 0.
    public var share: Double?
    public var status: OutcomeStatus

    public init(target: Target, outcome: Double?) {
        self.target = target
        self.outcome = outcome
        share = outcome.flatMap { target.low != 0 ? $0 / target.low : nil }
        status = OutcomeStatus.of(outcome, low: target.low, high: target.high, direction: target.direction)
    }
}
