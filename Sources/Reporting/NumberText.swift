import Foundation

/// Numbers written for people: grouped thousands, a fitting number of
/// decimals, and the language's separators (English `2,150.3`,
/// Vietnamese `2.150,3`).
package struct NumberText: Sendable {
    /// Whose separators to use.
    package var language: Language
    /// Digits after the decimal separator.
    package var decimals: Int

    /// Numbers in `language`'s style with `decimals` digits after the separator.
    package init(language: Language, decimals: Int) {
        self.language = language
        self.decimals = decimals
    }

    /// Decimals that show a series of magnitude `scale` (its largest absolute
    /// value) to about four significant digits without noise: 2,150 · 11.3 · 0.482.
    package static func decimals(forScale scale: Double) -> Int {
        switch abs(scale) {
        case 1000...: 0
        case 10..<1000: 1
        case 1..<10: 2
        default: 3
        }
    }

    /// `value` rounded to `decimals`, thousands grouped; – for NaN, ∞ and −∞ as such.
    package func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value > 0 ? "∞" : "−∞") }
        let (group, point) = language == .vi ? (".", ",") : (",", ".")
        let factor = pow10(decimals)
        let scaled = (abs(value) * factor).rounded()
        let negative = value < 0 && scaled != 0
        var whole = (scaled / factor).rounded(.down)
        var fraction = Int((scaled - whole * factor).rounded())
        if fraction >= Int(factor) {
            whole += 1
            fraction -= Int(factor)
        }
        var digits = String(format: whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = group + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if decimals > 0 {
            var text = String(fraction)
            text = String(repeating: "0", count: decimals - text.count) + text
            grouped += point + text
        }
        return (negative ? "−" : "") + grouped
    }

    private func pow10(_ n: Int) -> Double {
        (0..<n).reduce(1.0) { acc, _ in acc * 10 }
    }
}

private extension String {
    /// The integer digits of a non-negative whole number held in a Double.
    init(format whole: Double) {
        if whole < 9e18 {
            self = String(Int64(whole))
        } else {
            // All the digits (`1e+19` would be grouped as `1e+,19`).
            self = String(format: "%.0f", whole)
        }
    }
}
