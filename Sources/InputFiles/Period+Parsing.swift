/// Why a text is not a period, worded as what was expected.
package enum PeriodProblem: Error, Equatable {
    /// Not one of the four forms at all, or a month 00/13, a quarter Q0/Q5.
    case notAPeriod
    /// `2013-11..2014-02`: a span must stay within one year.
    case spanAcrossYears
    /// `2014-06..2014-01`: a span runs forwards.
    case spanBackwards

    package var expected: String {
        switch self {
        case .notAPeriod: "a period such as 2014, 2014-Q2, 2014-06 or 2014-01..2014-06"
        case .spanAcrossYears: "a span of months within one year, such as 2014-01..2014-06"
        case .spanBackwards: "a span whose first month is not after its last, such as 2014-01..2014-06"
        }
    }
}

extension Period {
    /// Parses `YYYY`, `YYYY-Qn` (n = 1…4; `q` accepted), `YYYY-MM`
    /// (MM = 01…12, two digits) and `YYYY-MM..YYYY-MM` (one year, first ≤ last).
    /// Years are four digits, 1000 to 9999. Nothing else is accepted: no spaces, no
    /// `2014-6`, no `2014/06`.
    package static func parse(_ text: some StringProtocol) -> Result<Period, PeriodProblem> {
        var text = String(text)
        return text.withUTF8 { parse($0) }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Period, PeriodProblem> {
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for k in from..<(from + count) {
                let d = bytes[k] &- 0x30
                guard d < 10 else { return nil }
                value = 10 * value + Int(d)
            }
            return value
        }
        /// `YYYY-MM` at `from` (exactly 7 bytes).
        func yearMonth(_ from: Int) -> (Int, Int)? {
            guard let y = digits(from, 4), y >= 1000, bytes.count >= from + 7, bytes[from + 4] == 0x2D,
                  let m = digits(from + 5, 2), (1...12).contains(m) else { return nil }
            return (y, m)
        }

        // Four digits from 1000: `0000` or `0214` is a typo, and a year that
        // prints back with fewer digits would not read back (found by fuzzing).
        guard let year = digits(0, 4), year >= 1000 else { return .failure(.notAPeriod) }
        switch bytes.count {
        case 4:
            return .success(.year(year))
        case 7 where bytes[4] == 0x2D && (bytes[5] == 0x51 || bytes[5] == 0x71):
            guard let q = digits(6, 1), (1...4).contains(q) else { return .failure(.notAPeriod) }
            return .success(.quarter(year: year, quarter: q))
        case 7:
            guard let (y, m) = yearMonth(0) else { return .failure(.notAPeriod) }
            return .success(.month(year: y, month: m))
        case 16 where bytes[7] == 0x2E && bytes[8] == 0x2E:
            guard let (y1, m1) = yearMonth(0), let (y2, m2) = yearMonth(9) else { return .failure(.notAPeriod) }
            guard y1 == y2 else { return .failure(.spanAcrossYears) }
            guard m1 <= m2 else { return .failure(.spanBackwards) }
            return .success(.span(year: y1, firstMonth: m1, lastMonth: m2))
        default:
            return .failure(.notAPeriod)
        }
    }
}
