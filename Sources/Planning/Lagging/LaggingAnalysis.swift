import InputFiles
import Probability

/// Units ranked by risk, each with its reason and gap (`chitieu lagging`).
///
/// - target_unlikely: P(meeting its own target) < the off-track threshold; risk = 1 − p.
/// - below_band: the same for a commune's assigned band (a target on a
///   banded indicator such as criteria met); risk = 1 − p.
/// - behind_peers: robust z ≤ −2 among the children of its parent
///   (`PeerGrowth`); risk = Φ(−(z + 2)), so the flag's edge z = −2 sits at
///   0.5 and z = −4 near 0.98.
/// - slow_progress: UN ESCAP's anticipated-progress ratio (ESCAP, *Asia and
///   the Pacific SDG Progress Report*, methodology annex): projected progress
///   since the base year over the progress the target requires,
///   (projected − base) / (target − base), with the base the last whole year
///   before the target year; flagged below 0.5, where ESCAP says progress must
///   at least double; risk = 1 − max(ratio, 0), capped at 1. Not repeated for
///   a target already flagged as unlikely.
public enum LaggingAnalysis {
    /// The robust z at or below which a unit is behind its peers.
    public static let peerThreshold = -2.0
    /// The anticipated-progress ratio below which progress is slow (ESCAP).
    public static let progressThreshold = 0.5

    /// The lagging units of a review: its attainment rows, the observations it saw, the unit tree, the (indicator, year)s scored by band models, and the status thresholds; most at risk first.
    public static func run(attainment: AttainmentRun, observations: [Observation], units: [ReportingUnit],
                           banded: Set<IndicatorYear>, thresholds: StatusThresholds) -> [LaggingUnit] {
        var flagged: [LaggingUnit] = []
        var unlikely = Set<String>()
        var rowsByKey: [String: [Observation]] = [:]
        for row in observations { rowsByKey["\(row.unit)|\(row.indicator)", default: []].append(row) }

        for row in attainment.rows {
            let target = row.target
            let key = "\(target.unit)|\(target.indicator)"
            let p = row.probabilityMet
            if p < thresholds.offTrack {
                let reason: LaggingReason = banded.contains(IndicatorYear(indicator: target.indicator, year: target.period.year)) ? .belowBand : .targetUnlikely
                flagged.append(LaggingUnit(unit: target.unit, indicator: target.indicator, reason: reason,
                                           gap: row.gap, gapMeasure: .indicator, risk: 1 - p))
                unlikely.insert(key)
                continue
            }
            guard target.direction == .atLeast,
                  let base = InYearFlows(rowsByKey[key] ?? []).total(target.period.year - 1), target.low > base else { continue }
            let ratio = (row.projected - base) / (target.low - base)
            if ratio < progressThreshold {
                flagged.append(LaggingUnit(unit: target.unit, indicator: target.indicator, reason: .slowProgress,
                                           gap: row.gap, gapMeasure: .indicator, risk: min(1, 1 - max(ratio, 0))))
            }
        }

        // Peers: the growth of every unit of each targeted indicator.
        let parent = Dictionary(units.compactMap { unit in unit.parent.map { (unit.id, $0) } }, uniquingKeysWith: { a, _ in a })
        for projection in attainment.projections {
            var growth: [String: Double] = [:]
            let month = projection.choice?.month ?? 0
            for (unit, flows) in projection.flows {
                let year = projection.year
                let (now, before): (Double?, Double?) = month >= 1 && month < 12
                    ? (flows.yearToDate(year, through: month), flows.yearToDate(year - 1, through: month))
                    : (flows.total(year - 1), flows.total(year - 2))
                if let now, let before, before > 0 { growth[unit] = now / before - 1 }
            }
            for (unit, score) in PeerGrowth.scores(growth: growth, parent: parent) where score.z <= peerThreshold {
                flagged.append(LaggingUnit(unit: unit, indicator: projection.indicator, reason: .behindPeers,
                                           gap: 100 * score.gap, gapMeasure: .percentagePoints,
                                           risk: Normal().cdf(-(score.z - peerThreshold))))
            }
        }
        return flagged.sorted { ($1.risk, $0.unit, $0.indicator) < ($0.risk, $1.unit, $1.indicator) }
    }
}
