/// Where a target stands, from the probability of reaching it.
///
/// With thresholds `onTrack` (default 0.8) and `offTrack` (default 0.5):
/// p ≥ onTrack is on track, p < offTrack is off track, anything between is at risk.
/// A target that could not be projected (too few values, a failed fit) is
/// not scored: it stays in the output with its reason instead of vanishing.
public enum AttainmentStatus: String, Sendable, CaseIterable {
    /// p ≥ the on-track threshold.
    case onTrack = "on_track"
    /// Between the two thresholds.
    case atRisk = "at_risk"
    /// p < the off-track threshold.
    case offTrack = "off_track"
    /// The target could not be projected.
    case notScored = "not_scored"

    /// The status of probability p.
    public init(probability p: Double, thresholds: StatusThresholds) {
        if p >= thresholds.onTrack { self = .onTrack }
        else if p < thresholds.offTrack { self = .offTrack }
        else { self = .atRisk }
    }
}

/// The probabilities that separate on track, at risk and off track (`--on-track`, `--off-track`).
public struct StatusThresholds: Sendable, Equatable {
    /// From this probability on, on track.
    public var onTrack: Double
    /// Below this probability, off track.
    public var offTrack: Double

    /// 0.8 and 0.5 unless given.
    public init(onTrack: Double = 0.8, offTrack: Double = 0.5) {
        precondition(offTrack <= onTrack, "off-track threshold at most the on-track one")
        self.onTrack = onTrack
        self.offTrack = offTrack
    }
}
