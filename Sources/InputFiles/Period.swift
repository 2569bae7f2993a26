/// How finely a period divides the year.
public enum Granularity: String, Sendable, Hashable, CaseIterable {
    /// Whole years, `2014`.
    case year
    /// Quarters, `2014-Q2`.
    case quarter
    /// Months, `2014-06`.
    case month
    /// Spans of months within a year, `2014-01..2014-06`.
    case span

    /// Periods per year for a regular granularity (1, 4, 12); nil for spans.
    public var periodsPerYear: Int? {
        switch self {
        case .year: 1
        case .quarter: 4
        case .month: 12
        case .span: nil
        }
    }
}

/// A period of the observations file: `2014`, `2014-Q2`, `2014-06`, or a
/// span of months within one year, `2014-01..2014-06`.
///
public enum Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// A whole year, `2014`.
    case year(Int)
    /// Quarter 1–4 of a year, `2014-Q2`.
    case quarter(year: Int, quarter: Int)
    /// Month 1–12 of a year, `2014-06`.
    case month(year: Int, month: Int)
    /// Months `firstMonth…lastMonth` of one year, `2014-01..2014-06`.
    case span(year: Int, firstMonth: Int, lastMonth: Int)

    /// Parses the spec's forms; nil for anything else (month 13, Q5, a span across years, …).
    public init?(_ text: some StringProtocol) {
        guard case let .success(period) = Period.parse(text) else { return nil }
        self = period
    }

    /// Whether the period is a year, quarter, month or span.
    public var granularity: Granularity {
        switch self {
        case .year: .year
        case .quarter: .quarter
        case .month: .month
        case .span: .span
        }
    }

    /// The year the period lies in.
    public var year: Int {
        switch self {
        case let .year(y), let .quarter(y, _), let .month(y, _), let .span(y, _, _): y
        }
    }

    /// A count of periods of this granularity: the year itself for years,
    /// `4·year + quarter − 1` for quarters, `12·year + month − 1` for months,
    /// and for a span, the ordinal of its first month.
    public var ordinal: Int {
        switch self {
        case let .year(y): y
        case let .quarter(y, q): 4 * y + q - 1
        case let .month(y, m): 12 * y + m - 1
        case let .span(y, first, _): 12 * y + first - 1
        }
    }

    /// The period of a regular granularity with the given ordinal.
    public init(ordinal: Int, granularity: Granularity) {
        switch granularity {
        case .year: self = .year(ordinal)
        case .quarter: self = .quarter(year: Int((Double(ordinal) / 4).rounded(.down)), quarter: ((ordinal % 4) + 4) % 4 + 1)
        case .month, .span: self = .month(year: Int((Double(ordinal) / 12).rounded(.down)), month: ((ordinal % 12) + 12) % 12 + 1)
        }
    }

    public var description: String {
        func two(_ m: Int) -> String { m < 10 ? "0\(m)" : "\(m)" }
        switch self {
        case let .year(y): return "\(y)"
        case let .quarter(y, q): return "\(y)-Q\(q)"
        case let .month(y, m): return "\(y)-\(two(m))"
        case let .span(y, a, b): return "\(y)-\(two(a))..\(y)-\(two(b))"
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.firstMonth, lhs.lastMonth) < (rhs.year, rhs.firstMonth, rhs.lastMonth)
    }

    /// First month of the year the period covers (1 for a year).
    public var firstMonth: Int {
        switch self {
        case .year: 1
        case let .quarter(_, q): 3 * q - 2
        case let .month(_, m): m
        case let .span(_, a, _): a
        }
    }

    /// Last month of the year the period covers (12 for a year).
    public var lastMonth: Int {
        switch self {
        case .year: 12
        case let .quarter(_, q): 3 * q
        case let .month(_, m): m
        case let .span(_, _, b): b
        }
    }
}
