import Forecasting
import Testing

@Suite struct TimeSeriesGapTests {
    /// Straight lines across gaps, as R's na.interp(ts(c(1, NA, 5, NA, NA, 11))) gives 1 3 5 7 9 11.
    @Test func fillsGapsWithStraightLines() {
        let series = TimeSeries(start: 2000, frequency: 1, values: [1, .nan, 5, .nan, .nan, 11])
        #expect(series.hasGaps)
        let filled = series.interpolatingGaps()
        #expect(filled.values == [1, 3, 5, 7, 9, 11])
        #expect(filled.start == 2000 && !filled.hasGaps)
    }

    @Test func leavesCompleteSeriesAlone() {
        let series = TimeSeries(start: 2000, frequency: 4, values: [1, 2, 4])
        #expect(series.interpolatingGaps() == series)
    }
}
