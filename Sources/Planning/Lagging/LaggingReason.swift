/// Why a unit is flagged as lagging (`chitieu lagging`).
public enum LaggingReason: String, Sendable, CaseIterable {
    /// Its own target is unlikely: P(reaching it) is below the off-track threshold.
    case targetUnlikely = "target_unlikely"
    /// Its growth is far below that of its peers (the children of the same parent): a robust z-score.
    case behindPeers = "behind_peers"
    /// A commune projected below the band it was assigned.
    case belowBand = "below_band"
    /// Projected progress since the base year is a small share of the progress required
    /// (UN ESCAP's anticipated-progress ratio).
    case slowProgress = "slow_progress"
}
