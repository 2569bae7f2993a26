import Forecasting
import Foundation
import InputFiles
import Planning
import Reporting

/// Times the phases of `chitieu review --as-of PERIOD --format html --output
/// FILE` on a dataset folder, with the library calls the command makes and
/// its default settings:
///
///     read       Dataset.load: the observations, units, targets and bands files
///     bands      BandProjection.run: criteria counts per unit, band probabilities
///                by simulation
///     project    IndicatorProjection for each indicator and year with targets:
///                fits, backtests, calibration and simulated paths per unit
///     reconcile  IndicatorProjection.reconcile: the unit tree's totals made coherent
///     review     PlanningReview: all of the above once more, as the command runs
///                it, with the targets' probabilities and the lagging units
///     render     ReviewDocument and ReviewReport: the HTML with its charts
///     write      OutputFile.write
///
/// `chitieu-bench review --data Datasets/national --as-of 2014-06 --output OUT`.
func benchmarkReviewPhases(folder: String, asOf: Period, output: String) {
    func file(_ name: String) -> String? {
        let path = (folder as NSString).appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
    let location = DatasetLocation(observations: file("observations.csv") ?? folder, units: file("units.csv"),
                                   targets: file("targets.csv"), bands: file("bands.csv"), indicators: file("indicators.csv"))
    let options = ModelOptions()
    let projectionSettings = IndicatorProjection.Settings(
        yearlyModel: ModelCatalog.model(named: "auto", options: options)!,
        inYearModel: ModelCatalog.model(named: "ets", options: options)!)
    let attainment = AttainmentRun.Settings(projection: projectionSettings, asOf: asOf, reconciliation: .mint)
    let settings = PlanningReview.Settings(attainment: attainment)
    let clock = ContinuousClock()
    var phases: [(String, Double)] = []
    func timed<T>(_ phase: String, _ work: () throws -> T) rethrows -> T {
        let start = clock.now
        let result = try work()
        let time = seconds(clock.now - start)
        if let index = phases.firstIndex(where: { $0.0 == phase }) { phases[index].1 += time } else { phases.append((phase, time)) }
        return result
    }
    do {
        let dataset = try timed("read") { try Dataset.load(location) }
        let lastYear = asOf.granularity == .year ? asOf.year : asOf.year - 1
        let bands = timed("bands") { BandProjection.run(dataset: dataset, lastYear: lastYear, paths: settings.bandPaths).results }
        let banded = Set(bands.compactMap { $0.bands.first.map { "\($0.band.indicator)|\($0.band.period.year)" } })
        let observations = dataset.observations.filter { $0.isKnown(asOf: asOf) }
        var seen = Set<String>()
        for target in dataset.targets where target.period.year >= asOf.year && !banded.contains("\(target.indicator)|\(target.period.year)") {
            guard seen.insert("\(target.indicator)|\(target.period.year)").inserted else { continue }
            var projection = timed("project") {
                IndicatorProjection(indicator: target.indicator, year: target.period.year, observations: observations,
                                    settings: projectionSettings)
            }
            timed("reconcile") { projection.reconcile(units: dataset.units, method: .mint) }
        }
        let review = timed("review") { PlanningReview(dataset: dataset, settings: settings) }
        let html = timed("render") {
            // As `chitieu review` lays it out: banded communes' own targets in the bands' section, 25 lagging units.
            ReviewReport(ReviewDocument(review: review, dataset: dataset, language: .en, bandedTargets: false, laggingLimit: 25))
                .rendered(ReviewSection.allCases, as: .html)
        }
        try timed("write") { try OutputFile.write(html, to: output, inputs: location.files) }
        print("phases: review --as-of \(asOf) of \(folder): \(dataset.observations.count) rows, \(dataset.units.count) units, "
            + "\(dataset.targets.count) targets, \(dataset.bands.count) bands")
        for (phase, time) in phases {
            print(phase.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: " %8.3f s", time))
        }
    } catch {
        print("phases: \(error)")
    }
}
