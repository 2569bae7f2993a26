/// Where a target stands, from the probability of reaching it.
///
/// With thresholds `onTrack` (default 0.8) and `offTrack` (default 0.5):
/// p ≥ onTrack is on track, p < offTrack is off track, anything between is at risk.
/// A target that could not be projected (too few values, a failed fit) is
/// not scored: it stays in the output with its reason instead of vanishing.
public enum AttainmentStatus: String, Sendable, CaseIterable {
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case offTrack = "off_track"
    case notScored = "not_scored"

    public init(probability p: Double, thresholds: StatusThresholds) {
        if p >= thresholds.onTrack { self = .onTrack }
        else if p < thresholds.offTrack { self = .offTrack }
        else { self = .atRisk }
    }
}

/// The probabilities that separate on track, at risk and off track (`--on-track`, `--off-track`).
public struct StatusThresholds: Sendable, Equatable {
    public var onTrack: Double
    public var offTrack: Double

    public init(onTrack: Double = 0.8, offTrack: Double = 0.5) {
        precondition(offTrack <= onTrack, "off-track threshold at most the on-track one")
        self.onTrack = onTrack
        self.offTrack = offTrack
    }
}
