import ArgumentParser
import Forecasting
import InputFiles
import Planning

/// Options of the planning commands (`attain`, `bands`, `lagging`, `review`):
/// the as-of period, the models, the status thresholds, calibration and
/// reconciliation, the seed.
struct PlanningOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use only the data known at the end of this period, e.g. 2014-06: the year is what is observed so far plus a forecast of the rest. Default: all the data.", valueName: "period"))
    var asOf: Period?

    @Option(name: .long, help: ArgumentHelp("The model for whole years (auto: the median of the forecasters that did best on all units' past together) and, when given, for the months too. Default: auto for years, ets for months.", valueName: "model"))
    var model: String?

    @Option(name: .long, help: ArgumentHelp("A target is on track when the probability of meeting it is at least this.", valueName: "p"))
    var onTrack: Double = 0.8

    @Option(name: .long, help: ArgumentHelp("A target is off track when the probability of meeting it is below this.", valueName: "p"))
    var offTrack: Double = 0.5

    @Option(name: .long, help: ArgumentHelp("auto: calibrate intervals and probabilities across the units of a panel where it holds enough series; none: the models' nominal ones.", valueName: "auto|none"))
    var calibrate: CalibrationChoice = .auto

    @Option(name: .long, help: ArgumentHelp("Make a unit tree add up (each parent = the sum of its children): none, bu (bottom-up) or mint (MinT, shrinkage covariance).", valueName: "none|bu|mint"))
    var reconcile: ReconciliationMethod = .mint

    @Option(name: .long, help: ArgumentHelp("Sample paths per unit behind every probability.", valueName: "n"))
    var paths: Int = 2_000

    @Option(name: .long, help: "Seed of the simulations; the same seed gives the same numbers.")
    var seed: UInt64 = ModelOptions.defaultSeed

    enum CalibrationChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, none
    }

    func validate() throws {
        for (name, p) in [("--on-track", onTrack), ("--off-track", offTrack)] where !(p > 0 && p < 1) {
            throw ValidationError("\(name) is a probability strictly between 0 and 1, found \(p)")
        }
        guard offTrack <= onTrack else {
            throw ValidationError("--off-track (\(offTrack)) must not exceed --on-track (\(onTrack))")
        }
        try Limits.check(paths, 100...Limits.paths, option: "--paths")
        if let model, ModelCatalog.model(named: model, options: ModelOptions(seed: seed)) == nil {
            throw ValidationError("unknown model '\(model)'; models: \(ModelCatalog.names.joined(separator: ", "))")
        }
        if model == "logistic" {
            throw ValidationError("--model logistic needs a ceiling and is for bounded counts; the bands use their own saturating model")
        }
    }

    var settings: PlanningReview.Settings {
        let options = ModelOptions(seed: seed)
        let projection = IndicatorProjection.Settings(
            yearlyModel: ModelCatalog.model(named: model ?? "auto", options: options)!,
            inYearModel: ModelCatalog.model(named: model ?? "ets", options: options)!,
            paths: paths, seed: seed, calibrate: calibrate == .auto)
        let attainment = AttainmentRun.Settings(
            projection: projection, thresholds: StatusThresholds(onTrack: onTrack, offTrack: offTrack),
            asOf: asOf, reconciliation: reconcile)
        return PlanningReview.Settings(attainment: attainment, seed: seed)
    }
}

extension Period: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension ReconciliationMethod: ExpressibleByArgument {}
