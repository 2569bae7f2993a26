import InputFiles

/// What a review as of a period may see.
extension Observation {
    /// Whether the value was known at the end of `asOf`: a period that ends
    /// no later than it. A yearly value of the as-of year is known only when
    /// the as-of period is that whole year.
    public func isKnown(asOf: Period) -> Bool {
        if period.year != asOf.year { return period.year < asOf.year }
        if asOf.granularity == .year { return true }
        return period.granularity != .year && period.lastMonth <= asOf.lastMonth
    }
}
