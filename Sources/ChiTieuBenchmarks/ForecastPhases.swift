import Forecasting
import Foundation
import InputFiles
import ParallelWork
import Planning
import Reporting

/// Times each phase of `chitieu forecast --format csv --output FILE` on one
/// observations file, with the same library calls the command makes, in
/// the order it makes them:
///
///     read       Dataset.load: parse and check every row
///     select     SeriesSelection: the indicator's series, one per unit
///     calibrate  PanelCalibration.estimate: rolling-origin holdouts (at most 2,000 series)
///     forecast   PanelForecast.run: fit the batch, forecast, clamp
///     write      ForecastReport.csvPieces made on the worker threads and
///                written in order by OutputFile.write as they come: to a
///                temporary file, renamed over FILE
///
/// and prints seconds per phase and per series. `chitieu-bench phases --data
/// FILE --indicator revenue --horizon 12 --model linear --output OUT`.
func benchmarkForecastPhases(file: String, indicator: String, horizon: Int, model name: String, output: String) {
    guard let model = ModelCatalog.model(named: name) else {
        print("phases: unknown model \(name); models: \(ModelCatalog.names.joined(separator: ", "))")
        return
    }
    var clock = PhaseClock()
    do {
        let dataset = try clock.time("read") { try Dataset.load(DatasetLocation(observations: file)) }
        let selection = try clock.time("select") { try SeriesSelection(dataset: dataset, indicator: indicator) }
        let calibration = clock.time("calibrate") { PanelCalibration.estimate(selection, model: model, horizon: horizon) }
        let forecasts = clock.time("forecast") {
            PanelForecast.run(selection, model: model, horizon: horizon, levels: [80, 95],
                              nonNegative: dataset.isNonNegative(indicator), calibration: calibration)
        }
        var report = ForecastReport(forecasts: forecasts, levels: [80, 95])
        report.calibrated = calibration != nil
        try clock.time("write") {
            try OutputFile.write(report.csvPieces(), workers: Workers.count, to: output, inputs: [file])
        }
        let total = clock.phases.map(\.seconds).reduce(0, +)
        let n = Double(selection.series.count)
        print("phases: \(model.name), \(selection.series.count) series x \(horizon), \(dataset.observations.count) rows, "
            + "\(Workers.count) threads, calibrated: \(calibration != nil)")
        for line in clock.lines({ String(format: "  %8.2f µs/series  %5.1f%%", $0 / n * 1e6, 100 * $0 / total) }) { print(line) }
        print("total     " + String(format: " %8.3f s", total))
    } catch {
        print("phases: \(error)")
    }
}
