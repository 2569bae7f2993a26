// A band target's count distribution as an inline SVG bar chart.
extension ReviewReport {
    /// One bar per count k with height P(count = k): counts that meet the
    /// target (k ≥ target count) in one colour, the others in grey, a dashed
    /// line at the target count. Only the counts that carry probability are
    /// drawn: k from the first to the last with P(count = k) > 10⁻⁵ (widened
    /// to include the target count), with one count of margin either side.
    func bandChartSVG(_ band: ReviewDocument.BandRow) -> String {
        typealias P = SVGChart.Palette
        let (width, height) = (720, 300)
        let (left, right, top, bottom) = (62.0, 16.0, 34.0, 64.0)
        let title = Words.bandChartTitle(language, unit: display(band.unitName, or: band.unit),
                                         indicator: display(band.indicatorName, or: band.indicator), range: bandRange(band))
        var svg = SVGChart.open(width: width, height: height, label: title)
        svg += SVGChart.text(title, x: left, y: 20, className: "chart-title")
        let p = band.distribution.map { $0.isFinite ? max($0, 0) : 0 }
        let carrying = p.indices.filter { p[$0] > 1e-5 }
        guard let firstCarrying = carrying.first, let lastCarrying = carrying.last, let peak = p.max(), peak > 0 else {
            return svg + SVGChart.text(Words.none(language), x: left, y: top + 20) + "</svg>"
        }
        let lowK = max(0, min(firstCarrying, band.targetCount) - 1)
        let highK = min(p.count - 1, max(lastCarrying, band.targetCount) + 1)

        let plotBottom = Double(height) - bottom
        let yAxis = SVGChart.niceAxis(0, peak, count: 4)
        let y = SVGChart.Scale(domain: yAxis.domain, range: (plotBottom, top))
        let slot = (Double(width) - left - right) / Double(highK - lowK + 1)
        let x = { (k: Double) in left + (k - Double(lowK)) * slot }
        let gap = slot > 4 ? slot * 0.15 : 0
        let percent = NumberText(language: language, decimals: max(0, SVGChart.decimals(ofTicks: yAxis.ticks) - 2))

        for tick in yAxis.ticks {
            let ty = y(tick)
            svg += "<line x1=\"\(SVGChart.number(left))\" x2=\"\(SVGChart.number(Double(width) - right))\" y1=\"\(SVGChart.number(ty))\" y2=\"\(SVGChart.number(ty))\" stroke=\"\(P.grid)\"/>"
            svg += SVGChart.text(percent.format(tick * 100) + "%", x: left - 6, y: ty + 4, anchor: "end", className: "tick")
        }
        for k in lowK...highK where p[k] > 0 {
            let fill = k >= band.targetCount ? P.met : P.short
            svg += "<rect x=\"\(SVGChart.number(x(Double(k)) + gap / 2))\" y=\"\(SVGChart.number(y(p[k])))\" width=\"\(SVGChart.number(slot - gap))\" height=\"\(SVGChart.number(plotBottom - y(p[k])))\" fill=\"\(fill)\"/>"
        }
        let targetX = x(Double(band.targetCount))
        svg += "<line x1=\"\(SVGChart.number(targetX))\" x2=\"\(SVGChart.number(targetX))\" y1=\"\(SVGChart.number(top))\" y2=\"\(SVGChart.number(plotBottom))\" stroke=\"\(P.targetLine)\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
        let anchor = band.targetCount > (lowK + highK) / 2 ? "end" : "start"
        svg += SVGChart.text(Words.targetMarker(language, band.targetCount), x: targetX + (anchor == "end" ? -6 : 6), y: top + 12,
                             anchor: anchor, className: "tick")

        // The count axis: nice whole-number ticks at the bars' centres.
        svg += "<line x1=\"\(SVGChart.number(left))\" x2=\"\(SVGChart.number(Double(width) - right))\" y1=\"\(SVGChart.number(plotBottom))\" y2=\"\(SVGChart.number(plotBottom))\" stroke=\"\(P.axis)\"/>"
        let step = max(1, SVGChart.niceStep(span: Double(highK - lowK), count: 8).rounded(.up))
        let whole = NumberText(language: language, decimals: 0)
        for k in stride(from: (Double(lowK) / step).rounded(.up) * step, through: Double(highK), by: step) {
            let tx = x(k) + slot / 2
            svg += "<line x1=\"\(SVGChart.number(tx))\" x2=\"\(SVGChart.number(tx))\" y1=\"\(SVGChart.number(plotBottom))\" y2=\"\(SVGChart.number(plotBottom + 5))\" stroke=\"\(P.axis)\"/>"
            svg += SVGChart.text(whole.format(k), x: tx, y: plotBottom + 18, anchor: "middle", className: "tick")
        }
        svg += SVGChart.text(Words.countAxis(language), x: (left + Double(width) - right) / 2, y: plotBottom + 36, anchor: "middle", className: "tick")

        var at = left
        for (fill, label) in [(P.met, Words.meetsLegend(language)), (P.short, Words.belowLegend(language))] {
            svg += "<g transform=\"translate(\(SVGChart.number(at)) \(SVGChart.number(Double(height) - 10)))\"><rect x=\"0\" y=\"-6\" width=\"18\" height=\"12\" fill=\"\(fill)\"/>"
                + SVGChart.text(label, x: 24, y: 4, className: "tick") + "</g>"
            at += 34 + Double(label.count) * 7.2
        }
        return svg + "</svg>"
    }
}
