import InputFiles

/// How a year's outcome stands against its target, in the words of the
/// province's year-end summary (tổng kết năm): exceeded (vượt mức), met
/// (hoàn thành), not met (không hoàn thành), or missing when the year's
/// outcome is not in the data.
public enum OutcomeStatus: String, Sendable, CaseIterable {
    /// Better than the range: above `high` (below `low` for `at_most`).
    case exceeded
    /// Within the range.
    case met
    /// Short of the range: below `low` (above `high` for `at_most`).
    case notMet = "not_met"
    /// No outcome in the data.
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
    /// The target.
    public var target: Target
    /// The year's value: its yearly observation, else the sum of in-year
    /// flows that cover January–December without a gap; nil when neither.
    public var outcome: Double?
    /// outcome ÷ low (the spec's `share`); nil when the outcome is missing or low is 0.
    public var share: Double?
    /// The status of the outcome against the target.
    public var status: OutcomeStatus

    /// The target scored against `outcome` (nil: missing).
    public init(target: Target, outcome: Double?) {
        self.target = target
        self.outcome = outcome
        share = outcome.flatMap { target.low != 0 ? $0 / target.low : nil }
        status = OutcomeStatus.of(outcome, low: target.low, high: target.high, direction: target.direction)
    }
}
