extension TimeSeries {
    /// The series with each interior missing value filled by straight-line
    /// interpolation between the observed values on either side, as R's
    /// `forecast::na.interp` does for non-seasonal series.
    ///
    /// For models whose recursions need one value per period (exponential
    /// smoothing, theta): a provincial series missing one year keeps its
    /// other years instead of failing. Regression trends do not need it: they
    /// fit at the observed periods and leave the gap a gap.
    public func interpolatingGaps() -> TimeSeries {
        var filled = values
        var previous: Int?
        for i in filled.indices where !filled[i].isNaN {
            if let p = previous, i - p > 1 {
                let step = (filled[i] - filled[p]) / Double(i - p)
                for j in (p + 1)..<i { filled[j] = filled[p] + step * Double(j - p) }
            }
            previous = i
        }
        return TimeSeries(start: start, frequency: frequency, values: filled)
    }

    /// True when some period between the first and the last holds no value.
    public var hasGaps: Bool { values.contains { $0.isNaN } }
}
