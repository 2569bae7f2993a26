extension SVGChart {
    /// The charts' colours, opaque so that each area shows its exact colour
    /// (the screenshot test counts them). Each band is lighter than the
    /// lines, and no meaning rests on colour alone: the legend names each.
    enum Palette {
        static let band95 = "#bcd4ea"
        static let band80 = "#7fb0dc"
        static let target = "#f6e3a6"
        static let targetLine = "#9a6b00"
        static let history = "#1f3b57"
        static let median = "#0b4f8a"
        static let met = "#4d9a5b"
        static let short = "#b9b9b9"
        static let grid = "#e4e4e4"
        static let axis = "#555555"
    }
}

// A fan chart of one target series as inline SVG.
extension ReviewReport {
    /// History as a solid line; from its last point, the 95% and 80%
    /// intervals as nested filled polygons and the median as a dashed line;
    /// the target range as a shaded horizontal band edged by dashed lines
    /// (a point target: one dashed line). The y axis covers every value and
    /// the target, widened to whole tick steps; the x axis has one slot per period.
    func fanChartSVG(_ chart: ReviewDocument.FanChart) -> String {
        typealias P = SVGChart.Palette
        let (width, height) = (720, 380)
        let (left, right, top, bottom) = (78.0, 16.0, 34.0, 70.0)
        let history = chart.history.filter { $0.value.isFinite }
        let forecast = chart.forecast.filter { [$0.median, $0.lo80, $0.hi80, $0.lo95, $0.hi95].allSatisfy(\.isFinite) }
        let labels = history.map(\.label) + forecast.map(\.label)
        var values = history.map(\.value) + forecast.flatMap { [$0.lo95, $0.hi95, $0.median] }
        values += [chart.targetLow, chart.targetHigh].compactMap { $0 }.filter(\.isFinite)
        let title = chart.title + (chart.measure.isEmpty ? "" : " (" + Words.measure(chart.measure, language) + ")")
        var svg = SVGChart.open(width: width, height: height, label: title)
        svg += SVGChart.text(title, x: left, y: 20, className: "chart-title")
        guard !labels.isEmpty, let lowest = values.min(), let highest = values.max() else {
            return svg + SVGChart.text(Words.none(language), x: left, y: top + 20) + "</svg>"
        }

        let plotBottom = Double(height) - bottom
        let axis = SVGChart.niceAxis(lowest, highest, count: 5)
        let y = SVGChart.Scale(domain: axis.domain, range: (plotBottom, top))
        let slot = (Double(width) - left - right) / Double(labels.count)
        let x = { (i: Int) in left + (Double(i) + 0.5) * slot }
        let number = NumberText(language: language, decimals: SVGChart.decimals(ofTicks: axis.ticks))

        // Grid and y ticks.
        for tick in axis.ticks {
            let ty = y(tick)
            svg += "<line x1=\"\(SVGChart.number(left))\" x2=\"\(SVGChart.number(Double(width) - right))\" y1=\"\(SVGChart.number(ty))\" y2=\"\(SVGChart.number(ty))\" stroke=\"\(P.grid)\"/>"
            svg += SVGChart.text(number.format(tick), x: left - 6, y: ty + 4, anchor: "end", className: "tick")
        }
        if !chart.measure.isEmpty {
            svg += SVGChart.text(Words.measure(chart.measure, language), x: 14, y: (top + plotBottom) / 2, anchor: "middle",
                                 className: "tick", extra: " transform=\"rotate(-90 14 \(SVGChart.number((top + plotBottom) / 2)))\"")
        }

        // The target under the fan, so the fan stays readable where they overlap.
        let targets = [chart.targetLow, chart.targetHigh].compactMap { $0 }.filter(\.isFinite)
        if let low = targets.min(), let high = targets.max() {
            if high > low {
                svg += "<rect x=\"\(SVGChart.number(left))\" y=\"\(SVGChart.number(y(high)))\" width=\"\(SVGChart.number(Double(width) - left - right))\" height=\"\(SVGChart.number(y(low) - y(high)))\" fill=\"\(P.target)\"/>"
            }
        }

        // The fan grows from the last observed point.
        let anchor = history.last.map { (x: x(history.count - 1), value: $0.value) }
        func band(_ lower: (Int) -> Double, _ upper: (Int) -> Double, fill: String) -> String {
            var top: [(x: Double, y: Double)] = forecast.indices.map { (x(history.count + $0), y(upper($0))) }
            var under: [(x: Double, y: Double)] = forecast.indices.map { (x(history.count + $0), y(lower($0))) }
            if let anchor { top.insert((anchor.x, y(anchor.value)), at: 0); under.insert((anchor.x, y(anchor.value)), at: 0) }
            return "<polygon points=\"\(SVGChart.points(top + under.reversed()))\" fill=\"\(fill)\"/>"
        }
        if !forecast.isEmpty {
            svg += band({ forecast[$0].lo95 }, { forecast[$0].hi95 }, fill: P.band95)
            svg += band({ forecast[$0].lo80 }, { forecast[$0].hi80 }, fill: P.band80)
        }
        // Sorted: a Set's order changes from run to run, and the same review must give the same bytes.
        for value in Set(targets).sorted() {
            svg += "<line x1=\"\(SVGChart.number(left))\" x2=\"\(SVGChart.number(Double(width) - right))\" y1=\"\(SVGChart.number(y(value)))\" y2=\"\(SVGChart.number(y(value)))\" stroke=\"\(P.targetLine)\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
        }
        if history.count > 1 {
            svg += "<path d=\"\(SVGChart.path(history.indices.map { (x($0), y(history[$0].value)) }))\" fill=\"none\" stroke=\"\(P.history)\" stroke-width=\"2.5\"/>"
        }
        for (i, point) in history.enumerated() {
            svg += "<circle cx=\"\(SVGChart.number(x(i)))\" cy=\"\(SVGChart.number(y(point.value)))\" r=\"2.5\" fill=\"\(P.history)\"/>"
        }
        if !forecast.isEmpty {
            var median = forecast.indices.map { (x: x(history.count + $0), y: y(forecast[$0].median)) }
            if let anchor { median.insert((anchor.x, y(anchor.value)), at: 0) }
            svg += "<path d=\"\(SVGChart.path(median))\" fill=\"none\" stroke=\"\(P.median)\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>"
        }

        // The x axis: a tick per shown label.
        svg += "<line x1=\"\(SVGChart.number(left))\" x2=\"\(SVGChart.number(Double(width) - right))\" y1=\"\(SVGChart.number(plotBottom))\" y2=\"\(SVGChart.number(plotBottom))\" stroke=\"\(P.axis)\"/>"
        for tick in SVGChart.categoryTicks(labels) {
            let tx = x(tick.index)
            svg += "<line x1=\"\(SVGChart.number(tx))\" x2=\"\(SVGChart.number(tx))\" y1=\"\(SVGChart.number(plotBottom))\" y2=\"\(SVGChart.number(plotBottom + 5))\" stroke=\"\(P.axis)\"/>"
            svg += SVGChart.text(tick.text, x: tx, y: plotBottom + 18, anchor: "middle", className: "tick")
        }
        return svg + fanLegend(y: Double(height) - 18, left: left, hasTarget: !targets.isEmpty) + "</svg>"
    }

    /// Swatches naming each mark of a fan chart.
    private func fanLegend(y: Double, left: Double, hasTarget: Bool) -> String {
        typealias P = SVGChart.Palette
        var items: [(swatch: String, label: String)] = [
            ("<line x1=\"0\" x2=\"18\" y1=\"0\" y2=\"0\" stroke=\"\(P.history)\" stroke-width=\"2.5\"/>", Words.observedLegend(language)),
            ("<line x1=\"0\" x2=\"18\" y1=\"0\" y2=\"0\" stroke=\"\(P.median)\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>", Words.medianLegend(language)),
            ("<rect x=\"0\" y=\"-6\" width=\"18\" height=\"12\" fill=\"\(P.band80)\"/>", Words.interval(language, "80")),
            ("<rect x=\"0\" y=\"-6\" width=\"18\" height=\"12\" fill=\"\(P.band95)\"/>", Words.interval(language, "95")),
        ]
        if hasTarget {
            items.append(("<rect x=\"0\" y=\"-6\" width=\"18\" height=\"12\" fill=\"\(P.target)\" stroke=\"\(P.targetLine)\" stroke-dasharray=\"4 2\"/>", Words.targetLegend(language)))
        }
        var out = ""
        var at = left
        for item in items {
            out += "<g transform=\"translate(\(SVGChart.number(at)) \(SVGChart.number(y)))\">" + item.swatch
                + SVGChart.text(item.label, x: 24, y: 4, className: "tick") + "</g>"
            at += 34 + Double(item.label.count) * 7.2
        }
        return out
    }
}
