/// Rolling-origin forecasts of every pool member over a panel's own past,
/// the evidence `PanelChoice` chooses on and `PanelIntervals` calibrates on.
///
/// Origin o (one of `offsets`, each ≥ H) cuts every series y₁ … yₙ with
/// n − o ≥ 4 at n − o: each member is fitted on the cut panel (the global
/// autoregressions refitted on the cut histories only, so nothing after
/// the cut is seen) and forecasts H steps; every step whose value exists
/// becomes one row (series, origin, h) with the actual value, the scale of
/// the cut history (its mean absolute change, MASE's scale; cuts that never
/// change are left out) and each member's forecast.
///
/// The cuts are measured from each series' own end, as `chitieu backtest`
/// measures its origins, so series ending in different years all take part.
struct PanelValidation: Sendable {
    /// H, the steps scored from each origin.
    var horizon: Int
    /// How far before each series' end the origins fall (each ≥ H).
    var offsets: [Int]
    /// The shortest cut history scored.
    static let minimumHistory = 4

    /// The rows, member forecasts stored member by member.
    struct Rows: Sendable {
        var step: [Int] = []
        var actual: [Double] = []
        var scale: [Double] = []
        var series: [Int] = []
        /// Which offset (index into `offsets`) the row's origin is.
        var origin: [Int] = []
        /// `forecasts[m][i]`: member `m`'s forecast for row `i`.
        var forecasts: [[Double]]
        var count: Int { actual.count }
    }

    /// Series long enough to be cut at the first offset.
    func isValidatable(_ y: ArraySlice<Double>) -> Bool {
        y.count - (offsets.min() ?? horizon) >= Self.minimumHistory
    }

    func run(_ panel: [ArraySlice<Double>], members: [PanelMember]) -> Rows {
        var rows = Rows(forecasts: Array(repeating: [], count: members.count))
        for (originIndex, offset) in offsets.enumerated() {
            var cuts: [ArraySlice<Double>] = []
            var owners: [Int] = []
            for (index, y) in panel.enumerated() where y.count - offset >= Self.minimumHistory {
                cuts.append(y[y.startIndex..<(y.endIndex - offset)])
                owners.append(index)
            }
            guard !cuts.isEmpty else { continue }
            let global = PanelMember.globalCoefficients(for: members, on: cuts, horizon: horizon)
            let forecasts = members.map { $0.forecasts(cuts, horizon: horizon, global: global) }
            for (position, cut) in cuts.enumerated() {
                let scale = meanAbsoluteChange(cut)
                guard scale > 0, scale.isFinite else { continue }
                let y = panel[owners[position]]
                for h in 1...horizon where cut.endIndex + h - 1 < y.endIndex {
                    rows.step.append(h)
                    rows.actual.append(y[cut.endIndex + h - 1])
                    rows.scale.append(scale)
                    rows.series.append(owners[position])
                    rows.origin.append(originIndex)
                    for m in members.indices { rows.forecasts[m].append(forecasts[m][position][h - 1]) }
                }
            }
        }
        return rows
    }
}
