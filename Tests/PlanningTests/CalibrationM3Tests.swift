import Forecasting
import Foundation
import InputFiles
import Planning
import Testing

/// The M3 yearly series (Makridakis & Hibon 2000): the last 6 values of each
/// of the 645 series held out, the model fitted to the rest, and its 80% and
/// 95% intervals for h = 1…6 checked against the held-out values — the
/// model's own intervals and the calibrated ones. The calibration is
/// estimated from the training parts alone (rolling origins over them, 5 per
/// series, horizon 6), so the held-out values never shape it.
///
/// Reads `m3-yearly.csv` from `$CHITIEU_M3_DATA` (the file or its folder), or
/// from `shared/data/m3-yearly` one or two levels above the package root
/// (the main checkout sits beside `shared`, worktrees one level deeper);
/// skipped when absent. `$CHITIEU_M3_MODELS` (comma-separated) replaces the
/// default model, drift (theta takes a minute in debug, ets and auto more);
/// `$CHITIEU_M3_ORIGINS` the 5 origins.
///
/// What it shows (drift, 3870 held-out values): nominal 95% intervals cover
/// 81.5%, calibrated ones 96.9%; nominal 80% cover 66.8%, calibrated 84.7%.
/// Holdouts are standardized to normal scores with each origin's own
/// training length (`StandardizedHoldout`); with raw z's the heavy tails of
/// the short early origins widened every interval, to 98.7% and 88.3%.
/// The M3 series are also calmer at their end than before it (the drift
/// model's one-step standardized errors have a median |z| of 0.98 nine
/// years before the held-out window and 0.64 in its first year;
/// `Benchmarks/m3-calibration.py`), so 80% intervals still come out wide.
/// The test holds calibrated 95% intervals to 93–97% coverage and both
/// levels nearer their nominal level than the model's own intervals.
@Suite struct CalibrationM3Tests {
    static let holdout = 6

    static var dataFile: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var candidates: [URL] = []
        if let given = ProcessInfo.processInfo.environment["CHITIEU_M3_DATA"] {
            let url = URL(fileURLWithPath: given)
            candidates += [url, url.appendingPathComponent("m3-yearly.csv")]
        }
        candidates += ["..", "../.."].map {
            root.appendingPathComponent($0).appendingPathComponent("shared/data/m3-yearly/m3-yearly.csv").standardizedFileURL
        }
        return candidates.first { url in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }

    static var models: [String] {
        ProcessInfo.processInfo.environment["CHITIEU_M3_MODELS"]?.split(separator: ",").map(String.init) ?? ["drift"]
    }

    /// series_id,category,value,timestamp → each series' values in year order.
    static func read(_ url: URL) throws -> [(id: String, start: Int, values: [Double])] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var order: [String] = []
        var points: [String: [(Int, Double)]] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"\r")) }
            guard fields.count == 4, let value = Double(fields[2]), let year = Int(fields[3]) else { continue }
            if points[fields[0]] == nil { order.append(fields[0]) }
            points[fields[0], default: []].append((year, value))
        }
        return order.map { id in
            let sorted = points[id]!.sorted { $0.0 < $1.0 }
            return (id, sorted[0].0, sorted.map(\.1))
        }
    }

    @Test(.enabled(if: dataFile != nil, "M3 yearly data not found (set CHITIEU_M3_DATA)"))
    func calibratedIntervalsCoverTheHeldOutValues() throws {
        let series = try Self.read(try #require(Self.dataFile))
        #expect(series.count == 645)
        let trainings = series.map { TimeSeries(start: $0.start, frequency: 1, values: Array($0.values.dropLast(Self.holdout))) }
        var rows: [Observation] = []
        for (item, training) in zip(series, trainings) {
            for (t, value) in training.values.enumerated() {
                rows.append(Observation(unit: item.id, indicator: "value", period: .year(training.start + t), value: value, line: 0))
            }
        }
        let panel = try SeriesSelection(dataset: Dataset(observationsFile: "m3.csv", observations: rows), indicator: "value")

        for name in Self.models {
            let model = try #require(ModelCatalog.model(named: name))
            let origins = ProcessInfo.processInfo.environment["CHITIEU_M3_ORIGINS"].flatMap { Int($0) }
            let calibration = try #require(PanelCalibration.estimate(panel, model: model, horizon: Self.holdout, origins: origins))
            var nominal = [0, 0], calibrated = [0, 0], points = 0
            // Reliability on real outcomes: targets c = ŷ_h + t·σ_h on a grid of t, scored by the calibrated P(Y ≥ c).
            var nearEight = (targets: 0, reached: 0, sum: 0.0)
            for (index, fit) in model.fit(batch: trainings).enumerated() {
                let forecast = try fit.get().forecast(horizon: Self.holdout, levels: [80, 95])
                let adjusted = calibration.calibrated(forecast, observations: trainings[index].observedCount)
                let sigmas = calibration.standardDeviations(of: forecast)
                for (h, actual) in series[index].values.suffix(Self.holdout).enumerated() {
                    points += 1
                    for t in stride(from: -3.0, through: 1.0, by: 0.25) {
                        let c = forecast.mean[h] + t * sigmas[h]
                        let p = calibration.probability(atLeast: c, stepsAhead: h + 1, forecast: forecast,
                                                        observations: trainings[index].observedCount)
                        guard (0.75...0.85).contains(p) else { continue }
                        nearEight.targets += 1
                        nearEight.sum += p
                        if actual >= c { nearEight.reached += 1 }
                    }
                    for l in 0..<2 {
                        if forecast.lower[l][h] <= actual && actual <= forecast.upper[l][h] { nominal[l] += 1 }
                        if adjusted.lower[l][h] <= actual && actual <= adjusted.upper[l][h] { calibrated[l] += 1 }
                    }
                }
            }
            let percent = { (count: Int) in 100 * Double(count) / Double(points) }
            print("M3 yearly, \(name): 80% intervals cover \(percent(nominal[0])) nominal, \(percent(calibrated[0])) calibrated; 95% cover \(percent(nominal[1])) nominal, \(percent(calibrated[1])) calibrated (\(points) values)")
            print("M3 yearly, \(name), calibration: \(calibration.summary); width factors \(calibration.summary.widthFactors)")
            #expect((93...97).contains(percent(calibrated[1])), "\(name): calibrated 95% intervals cover 93–97%")
            let reached = Double(nearEight.reached) / Double(nearEight.targets)
            print("M3 yearly, \(name): of \(nearEight.targets) targets given p in 0.75–0.85 (mean \(nearEight.sum / Double(nearEight.targets))), \(100 * reached)% were reached")
            #expect(nearEight.targets > 500 && abs(reached - nearEight.sum / Double(nearEight.targets)) < 0.05, "\(name): targets given p ≈ 0.8 are reached about 80% of the time")
            #expect(abs(percent(calibrated[1]) - 95) < abs(percent(nominal[1]) - 95) / 2, "\(name): nearer 95% than nominal")
            #expect(abs(percent(calibrated[0]) - 80) < abs(percent(nominal[0]) - 80), "\(name): nearer 80% than nominal")
        }
    }
}
