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
        timeModels(models, on: panel, label: "\(count),\(length)")
    }
}

/// The same timings on the series of a file, `unique_id,ds,y` in long
/// format (statsforecast's layout, as `Benchmarks/compare.py` writes it):
/// `ds` a whole period number, consecutive within a series; `frequency`
/// the periods per year (1 yearly, 12 monthly).
func benchmarkModels(file path: String, frequency: Int, models: [String]) {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        print("# cannot read \(path)")
        return
    }
    var order: [Substring] = []
    var rows: [Substring: (start: Int, values: [Double])] = [:]
    for line in text.split(separator: "\n").dropFirst() {
        let fields = line.split(separator: ",")
        guard fields.count == 3, let period = Int(fields[1]), let value = Double(fields[2]) else { continue }
        if rows[fields[0]] == nil {
            order.append(fields[0])
            rows[fields[0]] = (period, [])
        }
        rows[fields[0]]!.values.append(value)
    }
    let panel = order.map { TimeSeries(start: rows[$0]!.start, frequency: frequency, values: rows[$0]!.values) }
    let lengths = Set(panel.map(\.count))
    print("benchmark,model,series,length,total_ms,per_series_us")
    timeModels(models, on: panel, label: "\(panel.count),\(lengths.count == 1 ? "\(lengths.first!)" : "\(lengths.min() ?? 0)-\(lengths.max() ?? 0)")")
}

/// Times each model on the panel (fit and forecast h = 6 yearly, 12
/// otherwise) and prints one CSV row per model.
private func timeModels(_ models: [String], on panel: [TimeSeries], label: String) {
    let horizon = panel.first.map { $0.frequency == 1 ? 6 : $0.frequency } ?? 6
    for name in models {
        guard let model = ModelCatalog.model(named: name) else {
            print("# unknown model \(name)")
            continue
        }
        // One untimed pass so the first timing does not pay for loading code.
        _ = run(model, on: Array(panel.prefix(10)), horizon: horizon)
        let clock = ContinuousClock()
        var failures = 0
        let elapsed = clock.measure { failures = run(model, on: panel, horizon: horizon) }
        let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3
        print("chitieu,\(name),\(label),\(format(ms)),\(format(ms * 1000 / Double(panel.count)))" + (failures > 0 ? ",failures=\(failures)" : ""))
    }
}

/// Fits the whole panel in one batch and forecasts every series; returns the number of failures.
private func run(_ model: AnyForecastingModel, on panel: [TimeSeries], horizon: Int) -> Int {
    var failures = 0
    for result in model.fit(batch: panel) {
        switch result {
        case let .success(fitted):
            if (try? fitted.forecast(horizon: horizon, levels: [80, 95])) == nil { failures += 1 }
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
