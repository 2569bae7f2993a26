import Forecasting
import Testing

@Suite struct ForecastBoundsTests {
    @Test func clampedKeepsEverythingInsideTheRange() {
        let forecast = Forecast(model: "linear", start: 2015, frequency: 1, mean: [18, 20, -1], levels: [80, 95],
                                lower: [[17, 19, -3], [16, 18, -5]], upper: [[19.5, 21, 1], [20, 22, 3]])
        let capped = forecast.clamped(to: 0...19)
        #expect(capped.mean == [18, 19, 0])
        #expect(capped.lower == [[17, 19, 0], [16, 18, 0]])
        #expect(capped.upper == [[19, 19, 1], [19, 19, 3]])
        #expect(capped.model == "linear" && capped.start == 2015 && capped.levels == [80, 95])
    }
}
