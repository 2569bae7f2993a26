import InputFiles
import Planning

// The review's tables as text cells in the report's language.
extension ReviewReport {
    func targetsTable() -> ReviewTable {
        let rows = document.targets.map { t -> [String] in
            let number = numberText(forScale: t.low, t.high, t.projected)
            return [
                display(t.unitName, or: t.unit),
                indicatorCell(display(t.indicatorName, or: t.indicator), measure: t.measure),
                t.period.description,
                targetText(low: t.low, high: t.high, direction: t.direction, number),
                number.format(t.projected),
                range(t.lo80, t.hi80, number),
                range(t.lo95, t.hi95, number),
                percent(t.pLow),
                percent(t.pHigh),
                Words.status(t.status, language),
                t.status == .notScored ? t.note : Words.method(t.method, language) + ", " + Words.calibration(t.calibration, language),
            ]
        }
        return ReviewTable(header: Words.targetsHeader(language), rows: rows, numeric: [3, 4, 5, 6, 7, 8],
                           statusColumn: 9, statuses: document.targets.map(\.status), wide: [0, 1, 10])
    }

    func paceTable() -> ReviewTable {
        let (observedMonths, restMonths) = paceMonths()
        let ratio = NumberText(language: language, decimals: 2)
        let rows = document.pace.map { p -> [String] in
            let number = numberText(forScale: p.observed, p.remainingNeeded)
            return [
                display(p.unitName, or: p.unit),
                indicatorCell(display(p.indicatorName, or: p.indicator), measure: p.measure),
                number.format(p.observed),
                number.format(p.remainingNeeded),
                ratio.format(p.requiredRatio),
                ratio.format(p.pastRatioMin),
                ratio.format(p.pastRatioMedian),
                ratio.format(p.pastRatioMax),
                years(p.pastYears),
                Words.paceVerdict(required: p.requiredRatio, min: p.pastRatioMin, median: p.pastRatioMedian,
                                  max: p.pastRatioMax, language),
            ]
        }
        return ReviewTable(header: Words.paceHeader(language, observed: observedMonths, rest: restMonths),
                           rows: rows, numeric: [2, 3, 4, 5, 6, 7], statusColumn: nil, wide: [0, 1, 9])
    }

    func bandsTable() -> ReviewTable {
        let whole = NumberText(language: language, decimals: 0)
        let one = NumberText(language: language, decimals: 1)
        let rows = document.bands.map { b -> [String] in
            [
                display(b.unitName, or: b.unit),
                display(b.indicatorName, or: b.indicator),
                b.period.description,
                bandRange(b),
                "≥ " + whole.format(Double(b.targetCount)),
                whole.format(Double(b.unitCount)),
                one.format(b.expected),
                whole.format(Double(b.lo95)) + "–" + whole.format(Double(b.hi95)),
                percent(b.pMet),
                Words.status(b.status, language),
            ]
        }
        return ReviewTable(header: Words.bandsHeader(language), rows: rows, numeric: [4, 5, 6, 7, 8],
                           statusColumn: 9, statuses: document.bands.map(\.status), wide: [0, 1])
    }

    func laggingTable() -> ReviewTable {
        let score = NumberText(language: language, decimals: 2)
        let rows = document.lagging.map { l -> [String] in
            let number = numberText(forScale: l.gap)
            return [
                String(l.rank),
                display(l.unitName, or: l.unit),
                Words.level(l.level, language),
                l.parentName,
                display(l.indicatorName, or: l.indicator),
                Words.reason(l.reason, language),
                exact(l.gap, number) + " " + Words.measure(l.gapMeasure, language, count: l.gap),
                score.format(l.risk),
            ]
        }
        return ReviewTable(header: Words.laggingHeader(language), rows: rows, numeric: [0, 6, 7], statusColumn: nil, wide: [1, 3, 4, 5])
    }

    func basisTable() -> ReviewTable {
        let rows = document.targets.map { t in
            [display(t.unitName, or: t.unit), display(t.indicatorName, or: t.indicator), Words.method(t.method, language),
             Words.calibration(t.calibration, language), t.basis]
        }
        return ReviewTable(header: Words.basisHeader(language), rows: rows, numeric: [], statusColumn: nil, wide: [0, 1, 4])
    }

    // Cells.

    func display(_ name: String, or id: String) -> String {
        name.isEmpty ? id : name
    }

    func indicatorCell(_ name: String, measure: String) -> String {
        measure.isEmpty ? name : name + " (" + Words.measure(measure, language) + ")"
    }

    /// Decimals fitted to the largest finite magnitude among `values`.
    func numberText(forScale values: Double...) -> NumberText {
        let scale = values.filter(\.isFinite).map(abs).max() ?? 0
        return NumberText(language: language, decimals: NumberText.decimals(forScale: scale))
    }

    /// `2,041 – 2,262`; an interval too narrow for the table's decimals
    /// gets more (`1.8104 – 1.8121`, not `1.81 – 1.81`).
    func range(_ low: Double, _ high: Double, _ number: NumberText) -> String {
        var number = number
        let most = number.decimals + 4
        while low != high, number.format(low) == number.format(high), number.decimals < most {
            number.decimals += 1
        }
        return number.format(low) + " – " + number.format(high)
    }

    /// `≥ 13.200` for a point at-least target, `2.100–2.200` for a range, `≤ 50` for an at-most target;
    /// whole-number targets without decimals (`≥ 11`, not `≥ 11,0`).
    func targetText(low: Double, high: Double, direction: TargetDirection, _ number: NumberText) -> String {
        var number = number
        if [low, high].allSatisfy({ !$0.isFinite || $0 == $0.rounded() }) { number.decimals = 0 }
        if direction == .atMost { return "≤ " + number.format(high) }
        if low == high || !high.isFinite { return "≥ " + number.format(low) }
        return number.format(low) + "–" + number.format(high)
    }

    /// A whole number without decimals (`3 tiêu chí`), anything else with `number`'s.
    func exact(_ value: Double, _ number: NumberText) -> String {
        guard value.isFinite, value == value.rounded() else { return number.format(value) }
        return NumberText(language: language, decimals: 0).format(value)
    }

    /// A band's value range, whole numbers without decimals: `14–19`.
    func bandRange(_ b: ReviewDocument.BandRow) -> String {
        let integral = [b.minValue, b.maxValue].allSatisfy { $0 == $0.rounded() }
        let number = integral ? NumberText(language: language, decimals: 0) : numberText(forScale: b.minValue, b.maxValue)
        return number.format(b.minValue) + "–" + number.format(b.maxValue)
    }

    /// A probability as a whole percentage; `> 99%` and `< 1%` rather than a
    /// rounded `100%` or `0%` that would claim certainty. Where the whole
    /// percentage would fall on the other side of a status threshold than
    /// the probability itself (0.7995 shown as `80%` beside "at risk"), it
    /// gets the decimals that keep it on its own side: `79.95%`.
    func percent(_ p: Double) -> String {
        guard p.isFinite else { return "–" }
        if p > 0.995 && p < 1 { return "> 99%" }
        if p > 0 && p < 0.005 { return "< 1%" }
        let cuts = [document.thresholds.onTrack, document.thresholds.offTrack]
        var decimals = 0
        while decimals < 4 {
            let scale = (0..<decimals).reduce(100.0) { value, _ in value * 10 }
            let shown = (p * scale).rounded() / scale
            if cuts.allSatisfy({ (shown >= $0) == (p >= $0) }) { break }
            decimals += 1
        }
        return NumberText(language: language, decimals: decimals).format(p * 100) + "%"
    }

    /// `2009–2013` for consecutive years, else `2009, 2011, 2013`.
    func years(_ years: [Int]) -> String {
        let sorted = years.sorted()
        guard let first = sorted.first, let last = sorted.last else { return "" }
        if sorted.count > 2, last - first == sorted.count - 1, Set(sorted).count == sorted.count {
            return "\(first)–\(last)"
        }
        return sorted.map(String.init).joined(separator: ", ")
    }

    /// The months observed and the months remaining in the as-of year (`Jan–Jun`, `Jul–Dec`).
    func paceMonths() -> (observed: String, rest: String) {
        guard let asOf = document.asOf, asOf.lastMonth < 12 else {
            return (Words.months(1, 12, language), "–")
        }
        return (Words.months(1, asOf.lastMonth, language), Words.months(asOf.lastMonth + 1, 12, language))
    }
}
