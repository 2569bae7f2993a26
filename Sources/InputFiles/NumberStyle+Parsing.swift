/// Why a cell is not a number, worded as what was expected.
package struct NumberProblem: Error, Equatable {
    package var expected: String
}

extension NumberStyle {
    /// Reads a value cell. Empty (or only spaces) is a missing value, nil.
    ///
    /// Dot style: `[+-]d+[.d+][e[+-]d+]`, e.g. `2100.5`, `-3`, `1.5e3`; no
    /// thousands separators. Decimal-comma style (Vietnamese):
    /// `[+-]d{1,3}(.ddd)+[,d+]` or `[+-]d+[,d+]`, e.g. `2.100,5`, `2100,5`,
    /// `13.200`. Anything else, `nan` and `inf` included, is refused, and so
    /// is a value beyond ±1e18 (`largestMagnitude`).
    package func parseValue(_ text: String) -> Result<Double?, NumberProblem> {
        var text = text
        return text.withUTF8 { parseValue(Self.trimmed($0)) }
    }

    private func parseValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Double?, NumberProblem> {
        if bytes.isEmpty { return .success(nil) }
        let value: Double?
        if decimalComma {
            value = Self.normalizeDecimalComma(bytes).flatMap { Double(String(decoding: $0, as: UTF8.self)) }
        } else {
            value = Self.isDotNumber(bytes) ? Double(String(decoding: bytes, as: UTF8.self)) : nil
        }
        guard let value, value.isFinite else {
            return .failure(NumberProblem(expected: expectation(for: bytes)))
        }
        guard abs(value) <= Self.largestMagnitude else {
            return .failure(NumberProblem(expected: "a value between -1e18 and 1e18"))
        }
        return .success(value)
    }

    /// The largest value a file may hold, far above any indicator in any
    /// currency (a national budget in đồng is about 1e15). Beyond it one unit's
    /// squares and sums overflow in a fit and poison its parent's total.
    static let largestMagnitude = 1e18

    /// Like `parseValue`, but the cell may not be empty.
    func parseRequiredValue(_ text: String) -> Result<Double, NumberProblem> {
        switch parseValue(text) {
        case let .success(value?): .success(value)
        case .success(nil): .failure(NumberProblem(expected: example + " (this cell may not be empty)"))
        case let .failure(problem): .failure(problem)
        }
    }

    private var example: String { decimalComma ? "a number such as 2.100,5" : "a number such as 2100.5" }

    /// What to tell a person whose number did not read, with a hint when the
    /// text looks written for the other style.
    private func expectation(for bytes: UnsafeBufferPointer<UInt8>) -> String {
        if decimalComma {
            if Self.isDotNumber(bytes) && bytes.contains(0x2E) {
                return example + " (--decimal-comma is on; the file seems to write 2100.5)"
            }
            return example + " (--decimal-comma is on)"
        }
        if Self.hasThousandsGroups(bytes) {
            // "2,100" is 2100 written with a separator, or 2,1 in Vietnamese style:
            // the file cannot say which, so the message names both.
            return example + ", without thousands separators (if a comma here is the decimal point, use --decimal-comma)"
        }
        if Self.normalizeDecimalComma(bytes) != nil {
            return example + " (for Vietnamese numbers such as 2.100,5 use --decimal-comma)"
        }
        if bytes.contains(0x2C) {
            return example + ", without thousands separators"
        }
        return example
    }

    /// Digits grouped by commas in threes and nothing else, `2,100` or
    /// `-1,234,567` (no dot, no exponent): English thousands separators.
    static func hasThousandsGroups(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var groups = String(decoding: bytes, as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count >= 2 else { return false }
        if groups[0].hasPrefix("-") || groups[0].hasPrefix("+") { groups[0] = groups[0].dropFirst() }
        func digits(_ s: Substring) -> Bool { s.allSatisfy { $0.isASCII && $0.isNumber } }
        return (1...3).contains(groups[0].count) && digits(groups[0])
            && groups.dropFirst().allSatisfy { $0.count == 3 && digits($0) }
    }

    /// The bytes without spaces and tabs around them.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last,
              first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 else { return text }
        var text = text
        return text.withUTF8 { String(decoding: trimmed($0), as: UTF8.self) }
    }

    /// Whether the text is empty or only spaces and tabs.
    static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    private static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    /// Counts the digits from `i`.
    private static func digitRun(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var k = i
        while k < bytes.count && isDigit(bytes[k]) { k += 1 }
        return k - i
    }

    static func isDotNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if i < bytes.count && (bytes[i] == 0x2B || bytes[i] == 0x2D) { i += 1 }
        let whole = digitRun(bytes, i)
        guard whole > 0 else { return false }
        i += whole
        if i < bytes.count && bytes[i] == 0x2E {
            let fraction = digitRun(bytes, i + 1)
            guard fraction > 0 else { return false }
            i += 1 + fraction
        }
        if i < bytes.count && (bytes[i] == 0x65 || bytes[i] == 0x45) {
            i += 1
            if i < bytes.count && (bytes[i] == 0x2B || bytes[i] == 0x2D) { i += 1 }
            let exponent = digitRun(bytes, i)
            guard exponent > 0 else { return false }
            i += exponent
        }
        return i == bytes.count
    }

    /// `2.100,5` → `2100.5`; nil when the text is not in that style.
    static func normalizeDecimalComma(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        if i < bytes.count && (bytes[i] == 0x2B || bytes[i] == 0x2D) { out.append(bytes[i]); i += 1 }
        let first = digitRun(bytes, i)
        guard first > 0 else { return nil }
        out += bytes[i..<(i + first)]
        i += first
        if i < bytes.count && bytes[i] == 0x2E {
            // Thousands groups: the first group has 1–3 digits, every later one exactly 3.
            guard first <= 3 else { return nil }
            while i < bytes.count && bytes[i] == 0x2E {
                guard digitRun(bytes, i + 1) == 3 else { return nil }
                out += bytes[(i + 1)..<(i + 4)]
                i += 4
            }
        }
        if i < bytes.count && bytes[i] == 0x2C {
            let fraction = digitRun(bytes, i + 1)
            guard fraction > 0 else { return nil }
            out.append(0x2E)
            out += bytes[(i + 1)..<(i + 1 + fraction)]
            i += 1 + fraction
        }
        return i == bytes.count ? out : nil
    }

    /// A count of units: digits only, 0 or more.
    static func parseCount(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { raw in
            let bytes = trimmed(raw)
            guard !bytes.isEmpty, bytes.count <= 18, digitRun(bytes, 0) == bytes.count else { return nil }
            return bytes.reduce(0) { 10 * $0 + Int($1 - 0x30) }
        }
    }
}
