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
    var clock = PhaseClock()
    do {
        let dataset = try clock.time("read") { try Dataset.load(location) }
        let lastYear = asOf.granularity == .year ? asOf.year : asOf.year - 1
        let bands = clock.time("bands") { BandProjection.run(dataset: dataset, lastYear: lastYear, paths: settings.bandPaths).results }
        let banded = Set(bands.compactMap { $0.bands.first.map { "\($0.band.indicator)|\($0.band.period.year)" } })
        let observations = dataset.observations.filter { $0.isKnown(asOf: asOf) }
        var seen = Set<String>()
        for target in dataset.targets where target.period.year >= asOf.year && !banded.contains("\(target.indicator)|\(target.period.year)") {
            guard seen.insert("\(target.indicator)|\(target.period.year)").inserted else { continue }
            var projection = clock.time("project") {
                IndicatorProjection(indicator: target.indicator, year: target.period.year, observations: observations,
                                    settings: projectionSettings)
            }
            clock.time("reconcile") { projection.reconcile(units: dataset.units, method: .mint) }
        }
        let review = clock.time("review") { PlanningReview(dataset: dataset, settings: settings) }
        let html = clock.time("render") {
            // As `chitieu review` lays it out: banded communes' own targets in the bands' section, 25 lagging units.
            ReviewReport(ReviewDocument(review: review, dataset: dataset, language: .en, bandedTargets: false, laggingLimit: 25))
                .rendered(ReviewSection.allCases, as: .html)
        }
        try clock.time("write") { try OutputFile.write(html, to: output, inputs: location.files) }
        print("phases: review --as-of \(asOf) of \(folder): \(dataset.observations.count) rows, \(dataset.units.count) units, "
            + "\(dataset.targets.count) targets, \(dataset.bands.count) bands")
        for line in clock.lines() { print(line) }
    } catch {
        print("phases: \(error)")
    }
}
