import Testing
@testable import Forecasting

/// A batch of independent fits gives the same numbers on one thread as on
/// two: each series is fitted alone, whichever worker takes it, and its
/// result lands in its own place.
@Suite struct ParallelFitsTests {
    /// 40 yearly series of 14 points, a few unfittable (too short, a NaN run).
    static let panel: [TimeSeries] = {
        var noise = UniformNoise(state: 2014)
        var units: [TimeSeries] = []
        for unit in 0..<40 {
            var values: [Double] = []
            for t in 0..<14 {
                let trend = Double(unit % 5) * Double(t)
                values.append(100 + Double(unit) + trend + 8 * noise.next())
            }
            units.append(TimeSeries(start: 2000, frequency: 1, values: values))
        }
        units[7] = TimeSeries(start: 2000, frequency: 1, values: [3, 4])
        units[23] = TimeSeries(start: 2000, frequency: 1, values: [5, 6, 7, 8, .nan, .nan, 9])
        return units
    }()

    static func forecasts<M: ForecastingModel>(_ model: M, workers: Int) -> [String] {
        IndependentFits.map(panel, workers: workers) { s throws(ModelError) in try model.fit(s) }.map { result in
            switch result {
            case let .success(fit): (try? fit.forecast(horizon: 6, levels: [80, 95])).map { "\($0)" } ?? "no forecast"
            case let .failure(error): "\(error)"
            }
        }
    }

    @Test func automaticETSIsTheSameOnOneThreadAndTwo() {
        let one = Self.forecasts(ExponentialSmoothing(), workers: 1)
        #expect(one == Self.forecasts(ExponentialSmoothing(), workers: 2))
        #expect(one.count == 40 && one[7].contains("observations"))
    }

    @Test func optimizedThetaIsTheSameOnOneThreadAndTwo() {
        #expect(Self.forecasts(OptimizedTheta(), workers: 1) == Self.forecasts(OptimizedTheta(), workers: 2))
    }

    @Test func automaticARIMAIsTheSameOnOneThreadAndTwo() {
        #expect(Self.forecasts(AutoARIMA(), workers: 1) == Self.forecasts(AutoARIMA(), workers: 2))
    }
}
