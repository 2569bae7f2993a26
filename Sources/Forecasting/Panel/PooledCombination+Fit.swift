extension PooledCombination {
    /// One panel of one frequency: prepare, validate, choose, fit.
    func fitPanel(_ series: [TimeSeries], frequency: Int) -> [Result<PanelFitted, ModelError>] {
        let prepared = series.map { s in Result { () throws(ModelError) in try PreparedSeries(s) } }
        let values = prepared.compactMap { try? $0.get().values[...] }
        let horizon = Self.validationHorizon(frequency: frequency)
        let step = (horizon + 2) / 3
        let validation = PanelValidation(horizon: horizon, offsets: [horizon, horizon + step, horizon + 2 * step])

        var chosen = smallPanelDefault
        var intervals: PanelIntervals? = nil
        var evidence: [FitSummary.Parameter] = []
        // Every sum over the panel runs in one canonical order (by a hash of
        // each series' values), so the result does not depend on the order
        // the series came in, to the last bit.
        let canonical = Self.canonicalOrder(of: values)
        let validatable = canonical.filter { validation.isValidatable(values[$0]) }
        if validatable.count >= minimumPanel {
            // At most `validationSample` series, the first in canonical order:
            // a sample that depends on the values, not on their order.
            let sample = validatable.prefix(validationSample)
            let rows = validation.run(sample.map { values[$0] }, members: pool)
            if let choice = PanelChoice.choose(from: pool, sizes: subsetSizes, rows: rows, horizon: horizon) {
                chosen = choice.members
                intervals = PanelIntervals(rows: rows, members: chosen.map { pool.firstIndex(of: $0)! }, horizon: horizon)
                evidence = [.init(name: "validation_mase", value: choice.score)]
                    + choice.memberScores.map { .init(name: "validation_mase:\($0.member.name)", value: $0.score) }
                    + [.init(name: "validation_series", value: Double(choice.seriesCount))]
            }
        }
        let global = PanelMember.globalCoefficients(for: chosen, on: canonical.map { values[$0] }, horizon: horizon)
        let panelFit = PanelFitted.Panel(members: chosen, global: global, intervals: intervals, evidence: evidence)

        return prepared.map { result in result.map { PanelFitted(series: $0, panel: panelFit) } }
    }

    /// The indices of `values` ordered by a hash of each series' values
    /// (FNV-1a over the bit patterns), then by position: series with equal
    /// hashes are equal, so their order changes nothing.
    static func canonicalOrder(of values: [ArraySlice<Double>]) -> [Int] {
        func hash(_ y: ArraySlice<Double>) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for v in y {
                h ^= v.bitPattern
                h = h &* 0x100_0000_01b3
            }
            return h
        }
        let keyed = values.indices.map { (hash(values[$0]), $0) }
        return keyed.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.1)
    }
}

/// One series made ready for the panel forecast: its observed stretch with
/// interior gaps interpolated linearly, seasonally adjusted where seasonal.
struct PreparedSeries: Sendable, Equatable {
    /// The (adjusted) values, one per period from the first observation to the last.
    var values: [Double]
    var adjustment: SeasonalAdjustment?
    var end: Int
    var frequency: Int

    /// Needs 3 observed values (as the random walk with drift).
    init(_ series: TimeSeries) throws(ModelError) {
        let observed = series.observedCount
        guard observed >= 3 else { throw .tooFewObservations(needed: 3, found: observed) }
        if let bad = series.values.first(where: { $0.isInfinite }) { throw .numerical("the series holds the non-finite value \(bad)") }
        // Interior gaps by straight lines, as every recursive model here fills them.
        let y = series.interpolatingGaps().values
        let (adjusted, adjustment) = SeasonalAdjustment.adjusted(y, frequency: series.frequency)
        values = adjusted
        self.adjustment = adjustment
        end = series.end
        frequency = series.frequency
    }
}
