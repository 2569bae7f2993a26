import Forecasting

/// Fits and forecasts (h = 6, levels 80 and 95) panels of generated yearly
/// series with each model in one batch, and prints the time per series.
///
/// The series are y_t = 100 + 3t + ε_t, ε ~ N(0, 5²) approximately (a sum
/// of uniforms), from a SplitMix64 generator seeded with 2014, so every run
/// times the same work.
func benchmarkModels(seriesCounts: [Int], length: Int, models: [String]) {
    print("benchmark,model,series,length,total_ms,per_series_us")
    for count in seriesCounts {
        var generator = SplitMix64(seed: 2014)
        let panel = (0..<count).map { _ in
            TimeSeries(start: 2002, frequency: 1, values: (0..<length).map { t in
                100 + 3 * Double(t) + 5 * generator.approximatelyNormal()
            })
        }
        for name in models {
            guard let model = ModelCatalog.model(named: name) else {
                print("# unknown model \(name)")
                continue
            }
            // One untimed pass so the first timing does not pay for loading code.
            _ = run(model, on: Array(panel.prefix(10)))
            let clock = ContinuousClock()
            var failures = 0
            let elapsed = clock.measure { failures = run(model, on: panel) }
            let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3
            print("chitieu,\(name),\(count),\(length),\(format(ms)),\(format(ms * 1000 / Double(count)))" + (failures > 0 ? ",failures=\(failures)" : ""))
        }
    }
}

/// Fits the whole panel in one batch and forecasts every series; returns the number of failures.
private func run(_ model: AnyForecastingModel, on panel: [TimeSeries]) -> Int {
    var failures = 0
    for result in model.fit(batch: panel) {
        switch result {
        case let .success(fitted):
            if (try? fitted.forecast(horizon: 6, levels: [80, 95])) == nil { failures += 1 }
        case .failure:
            failures += 1
        }
    }
    return failures
}

private func format(_ x: Double) -> String {
    let scaled = (x * 1000).rounded() / 1000
    return "\(scaled)"
}
