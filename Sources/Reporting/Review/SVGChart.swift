import Foundation

/// Pieces of the review's SVG charts: scales, tick values, path data and
/// escaped text. Coordinates are written with `.` decimals and one digit,
/// whatever the report's language (SVG's number syntax).
enum SVGChart {
    /// An affine map from data values to pixels:
    /// x ↦ r₀ + (x − d₀)·(r₁ − r₀)/(d₁ − d₀); the middle of the range when the domain is a point.
    struct Scale {
        var domain: (Double, Double)
        var range: (Double, Double)

        func callAsFunction(_ x: Double) -> Double {
            let span = domain.1 - domain.0
            guard span != 0 else { return (range.0 + range.1) / 2 }
            return range.0 + (x - domain.0) * (range.1 - range.0) / span
        }
    }

    /// A "nice" step for about `count` intervals over `span`: 1, 2 or 5 × 10ᵏ.
    /// With cell = span ÷ count and U = 10^⌊log₁₀ cell⌋, the step starts at U
    /// and moves up to 2U, then 5U, then 10U while the next is closer than
    /// a bias times the distance to the current one: 2U − cell < 1.5·(cell − step),
    /// 5U − cell < 2.75·(cell − step), 10U − cell < 1.5·(cell − step) —
    /// the rule and default biases of R's `pretty()` (`high.u.bias`,
    /// `u5.bias`), without its minimum-count rule.
    static func niceStep(span: Double, count: Int) -> Double {
        guard span > 0, span.isFinite, count > 0 else { return 1 }
        let cell = span / Double(count)
        var power = 1.0
        while power * 10 <= cell { power *= 10 }
        while power > cell { power /= 10 }
        let (high, five) = (1.5, 0.5 + 1.5 * 1.5)
        var step = power
        if 2 * power - cell < high * (cell - step) {
            step = 2 * power
            if 5 * power - cell < five * (cell - step) {
                step = 5 * power
                if 10 * power - cell < high * (cell - step) { step = 10 * power }
            }
        }
        return step
    }

    /// The domain widened to whole steps, and the ticks on it: every
    /// multiple of the nice step from ⌊lo/step⌋·step to ⌈hi/step⌉·step.
    /// A point domain is widened by 10% of its size (by 1 at zero) first.
    static func niceAxis(_ lo: Double, _ hi: Double, count: Int = 5) -> (domain: (Double, Double), ticks: [Double]) {
        var (lo, hi) = (min(lo, hi), max(lo, hi))
        if lo == hi {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            (lo, hi) = (lo - pad, hi + pad)
        }
        let step = niceStep(span: hi - lo, count: count)
        let first = (lo / step + 1e-9).rounded(.down)
        let last = (hi / step - 1e-9).rounded(.up)
        let ticks = stride(from: first, through: last, by: 1).map { cleaned($0 * step, step: step) }
        return ((ticks[0], ticks[ticks.count - 1]), ticks)
    }

    /// Decimals that write every tick exactly: those of the step between
    /// them, ⌈−log₁₀ step⌉ for steps below 1 (1-2-5 steps), else none.
    static func decimals(ofTicks ticks: [Double]) -> Int {
        guard ticks.count > 1 else { return 0 }
        let step = abs(ticks[1] - ticks[0])
        guard step > 0, step < 1 else { return 0 }
        return Int((-log10(step) - 1e-9).rounded(.up))
    }

    /// A tick value without binary noise (0.30000000000000004 → 0.3), by
    /// rounding to the step's decimal places.
    static func cleaned(_ value: Double, step: Double) -> Double {
        var decimals = 0.0
        var scale = 1.0
        while step * scale != (step * scale).rounded() && decimals < 12 { scale *= 10; decimals += 1 }
        let result = (value * scale).rounded() / scale
        return result == 0 ? 0 : result
    }

    /// Indices of the labels to show on a category axis of `labels`: all of
    /// them up to `maxLabels`; for monthly labels (`YYYY-MM`) each January,
    /// when that leaves between 2 and `maxLabels`; else every k-th from the
    /// first, k = ⌈n ÷ maxLabels⌉. Monthly ticks at January show the year alone.
    static func categoryTicks(_ labels: [String], maxLabels: Int = 10) -> [(index: Int, text: String)] {
        if labels.count <= maxLabels { return labels.enumerated().map { ($0, $1) } }
        let januaries = labels.enumerated().filter { isMonth($1) && $1.hasSuffix("-01") }
        if labels.allSatisfy(isMonth), (2...maxLabels).contains(januaries.count) {
            return januaries.map { ($0, String($1.prefix(4))) }
        }
        let every = (labels.count + maxLabels - 1) / maxLabels
        return stride(from: 0, to: labels.count, by: every).map { ($0, labels[$0]) }
    }

    static func isMonth(_ label: String) -> Bool {
        let parts = label.split(separator: "-")
        return parts.count == 2 && parts[0].count == 4 && parts[1].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// A coordinate with one decimal: `12.5`, `-3`, `120`.
    static func number(_ x: Double) -> String {
        let rounded = (x * 10).rounded() / 10
        if rounded == rounded.rounded() && abs(rounded) < 1e9 { return String(Int(rounded)) }
        return "\(rounded)"
    }

    /// `M x0 y0 L x1 y1 …` through the points.
    static func path(_ points: [(x: Double, y: Double)]) -> String {
        points.enumerated().map { i, p in (i == 0 ? "M" : "L") + number(p.x) + " " + number(p.y) }.joined(separator: " ")
    }

    /// The `points` attribute of a polygon: `x0,y0 x1,y1 …`.
    static func points(_ points: [(x: Double, y: Double)]) -> String {
        points.map { number($0.x) + "," + number($0.y) }.joined(separator: " ")
    }

    /// A `<text>` element; the text is escaped, so data cannot open an element.
    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", className: String? = nil, extra: String = "") -> String {
        let cls = className.map { " class=\"\($0)\"" } ?? ""
        return "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\"\(cls)\(extra)>" + HTMLText.escape(content) + "</text>"
    }

    /// The opening tag of a chart, labelled for screen readers by its title.
    static func open(width: Int, height: Int, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\">"
            + "<title>" + HTMLText.escape(label) + "</title>"
    }
}
