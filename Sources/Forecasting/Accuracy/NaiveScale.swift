/// The scale of the mean absolute scaled error (MASE): the in-sample mean
/// absolute error of the (seasonal) naive forecast on the training data.
///
/// Hyndman & Koehler (2006), "Another look at measures of forecast
/// accuracy", IJF 22:679–688, eq. for q_t; with m the lag,
///
///     Q = 1/(n − m) · Σ_{t=m+1..n} |y_t − y_{t−m}|,
///
/// m = 1 for yearly data and m = the frequency (4, 12) for seasonal data,
/// as R's `forecast::accuracy()` does (a first difference when
/// `frequency(x) == 1`, a seasonal difference otherwise). As there, a
/// difference that touches a missing value is left out (`na.rm = TRUE`),
/// so across a gap no difference is formed.
public enum NaiveScale {
    /// The lag of the naive forecast that scales a series: 1 for yearly, the frequency otherwise.
    public static func lag(of series: TimeSeries) -> Int {
        series.frequency > 1 ? series.frequency : 1
    }

    /// Q for `series`, or nil when no difference can be formed (fewer than
    /// m + 1 values, or gaps everywhere) or Q is not a positive finite
    /// number (a constant series gives 0, and every scaled error would be
    /// infinite).
    public static func scale(of series: TimeSeries) -> Double? {
        let m = lag(of: series)
        let values = series.values
        guard values.count > m else { return nil }
        var sum = 0.0
        var count = 0
        for t in m..<values.count {
            let difference = values[t] - values[t - m]
            if difference.isNaN { continue }
            sum += abs(difference)
            count += 1
        }
        guard count > 0 else { return nil }
        let q = sum / Double(count)
        return q > 0 && q.isFinite ? q : nil
    }
}
