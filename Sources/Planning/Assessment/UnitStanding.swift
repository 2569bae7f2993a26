import InputFiles

/// A unit's place in the emulation review (bình xét thi đua): how many of
/// its targets it met (met or exceeded) and by how much it fell short of
/// the others.
public struct UnitStanding: Sendable, Equatable {
    /// The unit's id.
    public var unit: String
    /// The unit's level (the units file's; "" without one).
    public var level: String
    /// Targets of the unit in the years summarised.
    public var targets: Int
    /// Targets met or exceeded.
    public var met: Int
    /// Targets without an outcome.
    public var missing: Int
    /// Σ over targets not met of the shortfall as a share of the target:
    /// (low − outcome) ÷ low for `at_least`, (outcome − high) ÷ high for `at_most`.
    public var shortfall: Double
    /// 1 for the best; units with the same `met` and `shortfall` share a rank (1, 2, 2, 4).
    public var rank: Int

    /// The units of each level (the units file's `level`; "" without a units
    /// file), ranked by targets met, then by the smaller shortfall.
    static func standings(_ outcomes: [TargetOutcome], units: [ReportingUnit]) -> [String: [UnitStanding]] {
        let levels = Dictionary(units.map { ($0.id, $0.level) }, uniquingKeysWith: { first, _ in first })
        var byUnit: [String: UnitStanding] = [:]
        var order: [String] = []
        for o in outcomes {
            let unit = o.target.unit
            if byUnit[unit] == nil {
                order.append(unit)
                byUnit[unit] = UnitStanding(unit: unit, level: levels[unit] ?? "", targets: 0, met: 0, missing: 0, shortfall: 0, rank: 0)
            }
            byUnit[unit]!.targets += 1
            switch o.status {
            case .met, .exceeded: byUnit[unit]!.met += 1
            case .missing: byUnit[unit]!.missing += 1
            case .notMet:
                let t = o.target, outcome = o.outcome ?? 0
                let gap = t.direction == .atLeast ? (t.low - outcome) / abs(t.low) : (outcome - t.high) / abs(t.high)
                byUnit[unit]!.shortfall += gap.isFinite ? gap : 0
            }
        }
        var result: [String: [UnitStanding]] = [:]
        for unit in order { result[byUnit[unit]!.level, default: []].append(byUnit[unit]!) }
        for (level, standings) in result {
            // Stable: equal standings keep the targets file's order.
            var sorted = standings.enumerated().sorted { a, b in
                a.element.met != b.element.met ? a.element.met > b.element.met
                    : a.element.shortfall != b.element.shortfall ? a.element.shortfall < b.element.shortfall : a.offset < b.offset
            }.map(\.element)
            for i in sorted.indices {
                let tied = i > 0 && sorted[i].met == sorted[i - 1].met && sorted[i].shortfall == sorted[i - 1].shortfall
                sorted[i].rank = tied ? sorted[i - 1].rank : i + 1
            }
            result[level] = sorted
        }
        return result
    }
}
