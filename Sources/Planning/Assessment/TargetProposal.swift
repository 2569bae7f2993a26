import Forecasting
import InputFiles

/// Next year's targets (`chitieu propose --year Y`): for each unit and
/// indicator the targets file names, the level it reaches with each
/// probability c, from the predictive distribution the review uses.
///
/// With draws x of year Y's value (`IndicatorProjection`, reconciled over the
/// unit tree as the review does), the level reached with probability c is
/// the (1 − c)-quantile of x for an `at_least` indicator, the c-quantile for
/// an `at_most` one: P(X ≥ q₁₋꜀) = c. Quantiles do not add up, so each
/// parent's children are then scaled in proportion so that they sum to the
/// parent's level: a province's proposal is shared among its districts as
/// their own proposals weigh.
public struct TargetProposal: Sendable, Equatable {
    /// The unit's id.
    public var unit: String
    /// The indicator's id.
    public var indicator: String
    /// The year proposed for.
    public var year: Int
    /// The direction of the unit's latest target of the indicator.
    public var direction: TargetDirection
    /// One level per confidence, in the order asked.
    public var levels: [Double]
    /// How the year was projected (the fitted model's name).
    public var method: String

    /// The proposals for `year` from data up to the year before, with the
    /// targets' (unit, indicator) pairs and directions (the latest target of
    /// each pair); units that cannot be projected are returned with a reason.
    public static func propose(dataset: Dataset, year: Int, confidences: [Double], settings: IndicatorProjection.Settings,
                               reconciliation: ReconciliationMethod) -> (proposals: [TargetProposal], failures: [(unit: String, indicator: String, reason: String)]) {
        // Pairs in the targets file's order; each with the direction of its latest year.
        var pairs: [SeriesKey] = []
        var latest: [SeriesKey: Target] = [:]
        for target in dataset.targets {
            let key = SeriesKey(unit: target.unit, indicator: target.indicator)
            if let seen = latest[key] {
                if target.period.year >= seen.period.year { latest[key] = target }
            } else {
                pairs.append(key)
                latest[key] = target
            }
        }
        let directions = latest.mapValues(\.direction)
        let observations = dataset.observations.filter { $0.period.year < year }
        var proposals: [TargetProposal] = []
        var failures: [(unit: String, indicator: String, reason: String)] = []
        var byIndicator: [String: IndicatorProjection] = [:]
        for key in pairs {
            if byIndicator[key.indicator] == nil {
                var projection = IndicatorProjection(indicator: key.indicator, year: year, observations: observations, settings: settings)
                projection.reconcile(units: dataset.units, method: reconciliation)
                byIndicator[key.indicator] = projection
            }
            guard let result = byIndicator[key.indicator]!.projections[key.unit] else {
                failures.append((key.unit, key.indicator, "no observations of \(key.indicator) before \(year)"))
                continue
            }
            switch result {
            case let .failure(error):
                failures.append((key.unit, key.indicator, error.description))
            case let .success(projection):
                let sorted = projection.draws.filter(\.isFinite).sorted()
                let direction = directions[key]!
                let levels = confidences.map { c in SampleQuantile.type8(sorted: sorted, direction == .atLeast ? 1 - c : c) }
                proposals.append(TargetProposal(unit: key.unit, indicator: key.indicator, year: year, direction: direction,
                                                levels: levels, method: projection.method))
            }
        }
        return (wholeWhereCounted(shared(proposals, units: dataset.units), counted: Set(dataset.bands.map(\.indicator))), failures)
    }

    /// An indicator that band targets count units by (criteria met, of 19)
    /// is a whole number, and so are its proposals. Its outcome is read as
    /// the projected value rounded, X = [Y], so P(X ≥ k) = P(Y ≥ k − ½): the
    /// largest k reached with probability c is ⌊q + ½⌋ for `at_least` (q the
    /// (1 − c)-quantile of Y), and the smallest for `at_most` is ⌈q − ½⌉.
    static func wholeWhereCounted(_ proposals: [TargetProposal], counted: Set<String>) -> [TargetProposal] {
        proposals.map { proposal in
            guard counted.contains(proposal.indicator) else { return proposal }
            var whole = proposal
            whole.levels = proposal.levels.map { proposal.direction == .atLeast ? ($0 + 0.5).rounded(.down) : ($0 - 0.5).rounded(.up) }
            return whole
        }
    }

    /// Children scaled so that they sum to their parent, top down, where a
    /// parent and all its children have proposals of the same indicator.
    static func shared(_ proposals: [TargetProposal], units: [ReportingUnit]) -> [TargetProposal] {
        var result = proposals
        var index: [SeriesKey: Int] = [:]
        for (i, p) in proposals.enumerated() { index[SeriesKey(unit: p.unit, indicator: p.indicator)] = i }
        var children: [String: [String]] = [:]
        for unit in units { if let parent = unit.parent { children[parent, default: []].append(unit.id) } }
        // Parents before their children: a unit's depth in the tree.
        let parentOf = Dictionary(units.compactMap { u in u.parent.map { (u.id, $0) } }, uniquingKeysWith: { first, _ in first })
        func depth(_ unit: String) -> Int {
            var d = 0, current = parentOf[unit], seen = Set<String>()
            while let id = current, seen.insert(id).inserted { d += 1; current = parentOf[id] }
            return d
        }
        for parent in proposals.sorted(by: { depth($0.unit) < depth($1.unit) }) {
            guard let kids = children[parent.unit], !kids.isEmpty else { continue }
            let rows = kids.map { index[SeriesKey(unit: $0, indicator: parent.indicator)] }
            guard rows.allSatisfy({ $0 != nil }), let p = index[SeriesKey(unit: parent.unit, indicator: parent.indicator)] else { continue }
            for c in parent.levels.indices {
                let sum = rows.reduce(0.0) { $0 + result[$1!].levels[c] }
                guard sum > 0, sum.isFinite else { continue }
                let factor = result[p].levels[c] / sum
                for row in rows { result[row!].levels[c] *= factor }
            }
        }
        return result
    }
}
