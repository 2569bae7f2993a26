/// A unit flagged as lagging on one indicator, for one reason (`chitieu lagging`).
public struct LaggingUnit: Sendable, Equatable {
    /// The unit's id.
    public var unit: String
    /// The indicator's id.
    public var indicator: String
    /// Why the unit is flagged.
    public var reason: LaggingReason
    /// The gap, in `gapMeasure`: the target's end minus the projection
    /// (target_unlikely, below_band, slow_progress), or the unit's growth
    /// minus its peers' median growth (behind_peers, in percentage points).
    public var gap: Double
    /// What `gap` is measured in.
    public var gapMeasure: GapMeasure
    /// In [0, 1], higher is worse; ranks the list (see `LaggingAnalysis`).
    public var risk: Double

    /// The measure of a gap.
    public enum GapMeasure: String, Sendable {
        /// The indicator's own measure (billion VND, criteria).
        case indicator
        /// Percentage points of growth.
        case percentagePoints = "percentage_points"
    }

    /// A flagged unit from its parts.
    public init(unit: String, indicator: String, reason: LaggingReason, gap: Double, gapMeasure: GapMeasure, risk: Double) {
        self.unit = unit
        self.indicator = indicator
        self.reason = reason
        self.gap = gap
        self.gapMeasure = gapMeasure
        self.risk = risk
    }
}
