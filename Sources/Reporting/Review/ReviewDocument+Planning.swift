import InputFiles
import Planning

extension ReviewDocument {
    /// Lays out a planning review for people: names from the units and
    /// indicators files, the measure of each indicator, fan charts of the
    /// targets' series, and notes saying what each number rests on.
    ///
    /// - Parameters:
    ///   - review: the review computed.
    ///   - dataset: its dataset, for names and measures.
    ///   - language: the language of the notes and names.
    ///   - bandedTargets: include targets on banded indicators (each commune's
    ///     assigned band) in the targets table — `attain` lists them all; the
    ///     review shows them through the bands and the lagging list instead.
    ///   - laggingLimit: the number of lagging rows kept (nil: all).
    public init(review: PlanningReview, dataset: Dataset, language: Language, bandedTargets: Bool = true, laggingLimit: Int? = nil) {
        let units = Dictionary(dataset.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func name(_ unit: String) -> String { units[unit]?.name ?? unit }
        func indicatorName(_ indicator: String) -> String { dataset.indicator(indicator)?.name(in: language) ?? indicator }
        func measure(_ indicator: String) -> String { dataset.indicator(indicator)?.measure ?? "" }
        let banded = Set(review.bands.flatMap { $0.bands.map(\.band.indicator) })

        let rows = review.attainment.rows.filter { bandedTargets || !banded.contains($0.target.indicator) }
        var targets = rows.map { row in
            TargetRow(unit: row.target.unit, unitName: name(row.target.unit), indicator: row.target.indicator,
                      indicatorName: indicatorName(row.target.indicator), measure: measure(row.target.indicator),
                      period: row.target.period, low: row.target.low, high: row.target.high, direction: row.target.direction,
                      projected: row.projected, lo80: row.lo80, hi80: row.hi80, lo95: row.lo95, hi95: row.hi95,
                      pLow: row.pLow, pHigh: row.pHigh, status: row.status, method: row.method,
                      calibration: row.calibrated ? "calibrated" : "nominal", basis: row.basis)
        }
        // Targets that could not be projected stay, with their reason, in the targets' file order.
        var lineOf = rows.map(\.target.line)
        for failure in review.attainment.failures where bandedTargets || !banded.contains(failure.target.indicator) {
            let target = failure.target
            var row = TargetRow(unit: target.unit, unitName: name(target.unit), indicator: target.indicator,
                                indicatorName: indicatorName(target.indicator), measure: measure(target.indicator),
                                period: target.period, low: target.low, high: target.high, direction: target.direction,
                                projected: .nan, lo80: .nan, hi80: .nan, lo95: .nan, hi95: .nan, pLow: .nan, pHigh: .nan,
                                status: .notScored, method: "", calibration: "", basis: "")
            row.note = failure.reason
            let at = lineOf.firstIndex { $0 > target.line } ?? lineOf.count
            targets.insert(row, at: at)
            lineOf.insert(target.line, at: at)
        }
        let pace = review.attainment.pace.map { needed in
            let past = needed.pastSummary
            return PaceRow(unit: needed.unit, unitName: name(needed.unit), indicator: needed.indicator,
                           indicatorName: indicatorName(needed.indicator), measure: measure(needed.indicator),
                           observed: needed.observed, remainingNeeded: needed.remainingNeeded, requiredRatio: needed.requiredRatio,
                           pastRatioMin: past.min, pastRatioMedian: past.median, pastRatioMax: past.max, pastYears: needed.pastYears)
        }
        let thresholds = review.settings.attainment.thresholds
        let bands = review.bands.flatMap { result in
            result.bands.map { outcome in
                let count = outcome.reported
                return BandRow(unit: outcome.band.unit, indicator: outcome.band.indicator, unitName: name(outcome.band.unit),
                               indicatorName: indicatorName(outcome.band.indicator), period: outcome.band.period,
                               minValue: outcome.band.minValue, maxValue: outcome.band.maxValue, targetCount: outcome.band.count,
                               unitCount: outcome.units.count, expected: count.expected, lo95: count.lo95, hi95: count.hi95,
                               pMet: count.pMet, status: AttainmentStatus(probability: count.pMet, thresholds: thresholds),
                               distribution: count.probabilities)
            }
        }
        let kept = laggingLimit.map { Array(review.lagging.prefix($0)) } ?? review.lagging
        let lagging = kept.enumerated().map { index, flag in
            let parent = units[flag.unit]?.parent ?? ""
            return LaggingRow(rank: index + 1, unit: flag.unit, unitName: name(flag.unit), level: units[flag.unit]?.level ?? "",
                              parentName: parent.isEmpty ? "" : name(parent), parent: parent, indicator: flag.indicator,
                              indicatorName: indicatorName(flag.indicator), reason: flag.reason, gap: flag.gap,
                              gapMeasure: flag.gapMeasure == .percentagePoints ? "percentage points" : measure(flag.indicator),
                              risk: flag.risk)
        }
        let root = dataset.units.first { $0.parent == nil }
        self.init(region: root?.name ?? dataset.targets.first.map { name($0.unit) } ?? "",
                  asOf: review.settings.attainment.asOf, targets: targets, pace: pace, bands: bands, lagging: lagging,
                  charts: Self.charts(review: review, rows: rows.filter { !banded.contains($0.target.indicator) }, title: { row in
                      "\(name(row.target.unit)) — \(indicatorName(row.target.indicator)) \(row.target.period)"
                  }, measure: measure),
                  notes: ReviewNotes.notes(review: review, dataset: dataset, language: language,
                                           laggingShown: lagging.count, laggingTotal: review.lagging.count))
        self.thresholds = thresholds
    }

    /// One fan chart per target: the unit's whole years so far, then the target year's projection.
    static func charts(review: PlanningReview, rows: [AttainmentProbability], title: (AttainmentProbability) -> String,
                       measure: (String) -> String) -> [FanChart] {
        rows.compactMap { row in
            let year = row.target.period.year
            guard let projection = review.attainment.projections.first(where: { $0.indicator == row.target.indicator && $0.year == year }),
                  let flows = projection.flows[row.target.unit] else { return nil }
            let history = flows.yearsWithTotals.filter { $0 < year }.map { (label: "\($0)", value: flows.total($0)!) }
            return FanChart(title: title(row), measure: measure(row.target.indicator), history: history,
                            forecast: [(label: "\(year)", median: row.projected, lo80: row.lo80, hi80: row.hi80, lo95: row.lo95, hi95: row.hi95)],
                            targetLow: row.target.low, targetHigh: row.target.high)
        }
    }
}
