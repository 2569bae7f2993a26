/// Line matching in which numbers compare by value, within a tolerance, and
/// all other text compares exactly.
///
/// Why: the same `chitieu` run prints doubles that differ in their 15th–17th
/// significant digit from one processor to another, because OpenBLAS picks
/// its kernels (and so its order of summation) by the processor it finds. A
/// notebook records one machine's digits; it must pass on every machine.
///
/// The rule: both lines are cut into tokens, a token being a number or a
/// single other character. Two numbers `a` and `b` match when they are
/// written the same, or when
///
///     |a − b| ≤ relative · max(|a|, |b|) + absolute
///
/// with `relative` = 1e-9 and `absolute` = 1e-12 (the floor for values that
/// should be zero and come out as ±1e-17). Every other character must be the
/// same. A number never matches text, nor text a number. `[..]` in a pattern
/// matches any run of whole tokens; a pattern that needs `[..]` to stand for
/// part of a number (`[..]918`) must match exactly.
///
/// A number is an optional sign (`-`, `+` or `−`, only where the character
/// before it is not a letter, digit, `.` or `_`, so `2014-06` is two numbers),
/// digits with optional thousands groups (`2,242`: one to three digits, then
/// `,` and exactly three digits not followed by another digit), an optional
/// fraction (`.9725`) and an optional exponent (`e-3`).
enum NumberTolerantLine {
    static let relative = 1e-9
    static let absolute = 1e-12

    enum Token: Equatable {
        case character(Character)
        case number(String, Double)
        /// `[..]`, in patterns only.
        case anyText
    }

    /// Whether `pattern` (literal pieces with `[..]` between them) matches
    /// `actual` under the rule above.
    static func matches(pieces: [String], actual: String) -> Bool {
        guard pieces.count > 1 else {
            // Token by token, stopping at the first difference: the output
            // alignment tries every pattern line against every actual line.
            var expected = TokenReader(pieces[0])
            var actual = TokenReader(actual)
            while true {
                switch (expected.next(), actual.next()) {
                case (nil, nil): return true
                case (let a?, let b?) where tokenMatches(a, b): continue
                default: return false
                }
            }
        }
        var pattern: [Token] = []
        for (index, piece) in pieces.enumerated() {
            if index > 0 { pattern.append(.anyText) }
            pattern += tokens(piece)
        }
        let actual = tokens(actual)
        // reachable[j]: pattern[i...] matches actual[j...], filled from the
        // last pattern token back.
        let m = actual.count
        var reachable = [Bool](repeating: false, count: m + 1)
        reachable[m] = true
        for token in pattern.reversed() {
            var next = [Bool](repeating: false, count: m + 1)
            if token == .anyText {
                next[m] = reachable[m]
                for j in stride(from: m - 1, through: 0, by: -1) { next[j] = reachable[j] || next[j + 1] }
            } else {
                for j in 0..<m where reachable[j + 1] && tokenMatches(token, actual[j]) { next[j] = true }
            }
            reachable = next
        }
        return reachable[0]
    }

    static func tokenMatches(_ expected: Token, _ actual: Token) -> Bool {
        switch (expected, actual) {
        case (.character(let a), .character(let b)):
            return a == b
        case (.number(let textA, let a), .number(let textB, let b)):
            if textA == textB { return true }
            guard a.isFinite, b.isFinite else { return false }
            return abs(a - b) <= relative * max(abs(a), abs(b)) + absolute
        default:
            return false
        }
    }

    /// The line cut into numbers and single characters.
    static func tokens(_ text: String) -> [Token] {
        var reader = TokenReader(text)
        var result: [Token] = []
        while let token = reader.next() { result.append(token) }
        return result
    }

    /// Reads a line's tokens one at a time.
    struct TokenReader {
        private let c: [Character]
        private var index = 0

        init(_ text: String) { c = Array(text) }

        mutating func next() -> Token? {
            guard index < c.count else { return nil }
            if let end = numberEnd() {
                let written = String(c[index..<end])
                let plain = written.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "−", with: "-")
                index = end
                return .number(written, Double(plain) ?? .nan)
            }
            index += 1
            return .character(c[index - 1])
        }

        private func isDigit(_ i: Int) -> Bool { i < c.count && c[i].isASCII && c[i].isNumber }

        /// The end of the number that starts at `index`, if one does.
        private func numberEnd() -> Int? {
            var i = index
            if c[i] == "-" || c[i] == "+" || c[i] == "−" {
                let before = index > 0 ? c[index - 1] : " "
                guard !(before.isLetter || before.isNumber || before == "." || before == "_"), isDigit(i + 1) else { return nil }
                i += 1
            }
            guard isDigit(i) else { return nil }
            let integerStart = i
            while isDigit(i) { i += 1 }
            // Thousands groups only after a lead of one to three digits.
            if i - integerStart <= 3 {
                while i < c.count, c[i] == ",", isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) { i += 4 }
            }
            if i < c.count, c[i] == ".", isDigit(i + 1) {
                i += 1
                while isDigit(i) { i += 1 }
            }
            if i < c.count, c[i] == "e" || c[i] == "E" {
                var j = i + 1
                if j < c.count, c[j] == "-" || c[j] == "+" { j += 1 }
                if isDigit(j) {
                    i = j
                    while isDigit(i) { i += 1 }
                }
            }
            return i
        }
    }
}
