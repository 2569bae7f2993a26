import InputFiles

/// One target's projection: the predictive distribution of the target
/// period's value, its median and intervals, and the probabilities of
/// reaching the target's two ends (`chitieu attain`).
///
/// For an `at_least` target, p_low = P(X ≥ low) and p_high = P(X ≥ high);
/// reaching `low` is meeting the target, so p_low sets the status. For an
/// `at_most` target (accidents, dropout), p_low = P(X ≤ low) and
/// p_high = P(X ≤ high); staying at or under `high` is meeting it, so
/// p_high sets the status.
public struct AttainmentProbability: Sendable {
    /// The target scored.
    public var target: Target
    /// The predictive distribution of the target period's value.
    public var value: PredictiveValue
    /// Its median.
    public var projected: Double
    /// The bounds of its central 80% and 95% intervals.
    public var lo80: Double, hi80: Double, lo95: Double, hi95: Double
    /// P(X ≥ low) for `at_least`, P(X ≤ low) for `at_most`.
    public var pLow: Double
    /// P(X ≥ high) for `at_least`, P(X ≤ high) for `at_most`.
    public var pHigh: Double
    /// On track, at risk or off track, from the probability of meeting the target.
    public var status: AttainmentStatus
    /// How the distribution was obtained: the fitted model (`ets:MAM`),
    /// `ytd-share`, or the bands' per-unit method.
    public var method: String
    /// Whether intervals and probabilities were calibrated across a panel.
    public var calibrated: Bool
    /// What the projection rests on, e.g. `2009-01..2014-06 (66 values)`.
    public var basis: String
    /// The part of the target period already observed (January–as-of), if any.
    public var observed: Double?

    /// The target's row from a distribution; the probabilities, intervals and status are computed from it.
    public init(target: Target, value: PredictiveValue, thresholds: StatusThresholds, method: String,
                calibrated: Bool, basis: String, observed: Double? = nil) {
        self.target = target
        self.value = value
        projected = value.median
        lo80 = value.quantile(0.10); hi80 = value.quantile(0.90)
        lo95 = value.quantile(0.025); hi95 = value.quantile(0.975)
        switch target.direction {
        case .atLeast:
            pLow = value.probability(atLeast: target.low)
            pHigh = value.probability(atLeast: target.high)
        case .atMost:
            pLow = value.probability(atMost: target.low)
            pHigh = value.probability(atMost: target.high)
        }
        status = AttainmentStatus(probability: target.direction == .atLeast ? pLow : pHigh, thresholds: thresholds)
        self.method = method
        self.calibrated = calibrated
        self.basis = basis
        self.observed = observed
    }

    /// The probability of meeting the target: p_low for `at_least`, p_high for `at_most`.
    public var probabilityMet: Double { target.direction == .atLeast ? pLow : pHigh }

    /// How far the projection falls short of meeting the target, in the
    /// indicator's measure (0 when the median meets it).
    public var gap: Double {
        switch target.direction {
        case .atLeast: max(target.low - projected, 0)
        case .atMost: max(projected - target.high, 0)
        }
    }
}
