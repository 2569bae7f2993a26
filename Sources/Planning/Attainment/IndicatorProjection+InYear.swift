import Forecasting
import InputFiles
import Probability

extension IndicatorProjection {
    /// A unit's regular in-year series (months, else quarters) and the months per step; nil for spans only.
    static func regularSeries(_ rows: [Observation]) -> (series: TimeSeries, monthsPerStep: Int)? {
        for granularity in [Granularity.month, .quarter] {
            let points = rows.filter { $0.period.granularity == granularity }.compactMap { row in
                row.value.map { (time: row.period.ordinal, value: $0) }
            }
            if !points.isEmpty {
                let frequency = granularity.periodsPerYear!
                return (TimeSeries(frequency: frequency, observations: points), 12 / frequency)
            }
        }
        return nil
    }

    /// The series cut after month `month` of `year`.
    static func cut(_ series: TimeSeries, monthsPerStep: Int, year: Int, month: Int) -> TimeSeries {
        let steps = 12 / monthsPerStep
        let last = steps * year + month / monthsPerStep - 1
        let kept = max(0, min(series.count, last - series.start + 1))
        return TimeSeries(start: series.start, frequency: series.frequency, values: Array(series.values.prefix(kept)))
    }

    /// Draws of each unit's year `year` when its data end at month `month`, by the model on the regular
    /// series: January–month observed plus the sum of the paths' steps that fall in the year.
    func modelDraws(_ units: [String], regular: [String: (series: TimeSeries, monthsPerStep: Int)],
                    year: Int, month: Int, settings: Settings, calibration: PanelCalibration? = nil) -> [String: Result<(draws: [Double], model: String, basis: String), ModelError>] {
        let members = units.filter { regular[$0] != nil && flows[$0]!.yearToDate(year, through: month) != nil }
        let cuts = members.map { Self.cut(regular[$0]!.series, monthsPerStep: regular[$0]!.monthsPerStep, year: year, month: month) }
        let fits = settings.inYearModel.fit(batch: cuts)
        var result: [String: Result<(draws: [Double], model: String, basis: String), ModelError>] = [:]
        for (index, unit) in members.enumerated() {
            let series = cuts[index]
            let steps = 12 / regular[unit]!.monthsPerStep
            let december = steps * year + steps - 1
            let observed = flows[unit]!.yearToDate(year, through: month)!
            result[unit] = fits[index].flatMap { fitted in
                Result { () throws(ModelError) in
                    let horizon = december - series.end
                    guard horizon >= 1 else { return ([observed], fitted.modelName, "") }
                    let paths = try Self.paths(fitted, horizon: horizon, count: settings.paths,
                                               seed: Self.seed(settings, unit: unit), calibration: calibration,
                                               observations: series.observedCount)
                    let inYear = max(0, horizon - steps)..<horizon
                    let first = Period(ordinal: series.start, granularity: steps == 12 ? .month : .quarter)
                    let last = Period(ordinal: series.end, granularity: steps == 12 ? .month : .quarter)
                    return (paths.sums(over: inYear).map { $0 + observed }, fitted.modelName,
                            "\(first)..\(last), n = \(series.observedCount)")
                }
            }
        }
        return result
    }

    /// Draws by the year-to-date share, for units with enough past years.
    func shareDraws(_ units: [String], year: Int, month: Int, settings: Settings) -> [String: (draws: [Double], basis: String)] {
        var result: [String: (draws: [Double], basis: String)] = [:]
        for unit in units {
            guard let ytd = flows[unit]!.yearToDate(year, through: month), ytd > 0,
                  let share = YearToDateShare(flows: flows[unit]!, before: year, month: month) else { continue }
            var generator = SeededGenerator(seed: Self.seed(settings, unit: unit), stream: 7)
            let years = share.years
            result[unit] = (share.draws(yearToDate: ytd, count: settings.paths, generator: &generator),
                            "\(years.first!)–\(years.last!), n = \(years.count)")
        }
        return result
    }

    /// At most `limit` units, spread evenly over the list (every k-th), or all.
    static func backtestSample(_ units: [String], limit: Int) -> [String] {
        guard units.count > limit, limit >= 1 else { return units }
        return (0..<limit).map { units[$0 * units.count / limit] }
    }

    /// The yearly model's point forecast of `year` from each unit's whole-year
    /// totals before it (the backtest of `.yearlyTotals`).
    func yearlyMedians(_ units: [String], year: Int, settings: Settings) -> [String: Double] {
        let kept = units.compactMap { unit -> (String, TimeSeries)? in
            let totals = wholeYears(unit, before: year)
            return totals.observedCount == 0 ? nil : (unit, totals)
        }
        let fits = settings.yearlyModel.fit(batch: kept.map(\.1))
        var result: [String: Double] = [:]
        for ((unit, series), fit) in zip(kept, fits) {
            let horizon = year - series.end
            guard horizon >= 1, let forecast = try? fit.get().forecast(horizon: horizon, levels: []),
                  let point = forecast.mean.last, point.isFinite else { continue }
            result[unit] = point
        }
        return result
    }

    mutating func projectInYear(_ inYearUnits: [String], rows: [String: [Observation]], settings: Settings) {
        guard !inYearUnits.isEmpty else { return }
        // The month the indicator's units have reached (the most common one).
        let reached = inYearUnits.map { flows[$0]!.coveredThrough(year) }
        let month = Dictionary(reached.map { ($0, 1) }, uniquingKeysWith: +).max { ($0.value, $0.key) < ($1.value, $1.key) }!.key
        var regular: [String: (series: TimeSeries, monthsPerStep: Int)] = [:]
        for unit in inYearUnits { regular[unit] = Self.regularSeries(rows[unit]!) }

        // Backtest: the latest past years whose totals are known.
        let pastYears = Set(inYearUnits.flatMap { flows[$0]!.yearsWithTotals }).filter { $0 < year }.sorted().suffix(settings.backtestYears)
        var errors: [InYearMethod: [Int: [String: Double]]] = [:]
        var scores: [(method: InYearMethod, mape: Double, count: Int)] = []
        func medians(_ method: InYearMethod, _ units: [String], _ past: Int) -> [String: Double] {
            switch method {
            case .yearlyTotals:
                yearlyMedians(units, year: past, settings: settings)
            case .model:
                modelDraws(units, regular: regular, year: past, month: month, settings: settings)
                    .compactMapValues { try? PredictiveValue.sample($0.get().draws).median }
            case .yearToDateShare:
                shareDraws(units, year: past, month: month, settings: settings)
                    .mapValues { PredictiveValue.sample($0.draws).median }
            }
        }
        // The methods are scored on the same units: all of them, or a sample
        // spread over a large panel (the country's 700 districts), since the
        // months' model is the costly one to re-fit for every past year.
        let scored = Self.backtestSample(inYearUnits, limit: settings.backtestUnits)
        for method in InYearMethod.allCases {
            // Whole-year totals compete only when nothing of the year is observed.
            if method == .yearlyTotals && month != 0 { continue }
            var percentages: [Double] = []
            for past in pastYears {
                for (unit, median) in medians(method, scored, past) {
                    guard let actual = flows[unit]!.total(past), actual != 0 else { continue }
                    errors[method, default: [:]][past, default: [:]][unit] = median - actual
                    percentages.append(abs(median - actual) / abs(actual) * 100)
                }
            }
            scores.append((method, percentages.isEmpty ? .nan : percentages.reduce(0, +) / Double(percentages.count), percentages.count))
        }

        let share = month >= 1 ? shareDraws(inYearUnits, year: year, month: month, settings: settings) : [:]
        let modelPossible = inYearUnits.contains { regular[$0] != nil && flows[$0]!.yearToDate(year, through: month) != nil }
        // The better-scoring method; a method no unit could use is never chosen; ties go to the model.
        let usable = scores.filter {
            switch $0.method {
            case .model: modelPossible
            case .yearToDateShare: !share.isEmpty
            case .yearlyTotals: !$0.mape.isNaN
            }
        }
        let chosen = usable.min { a, b in
            (a.mape.isNaN ? Double.infinity : a.mape) < (b.mape.isNaN ? Double.infinity : b.mape)
        }?.method ?? .model
        // MinT's covariance needs the chosen method's errors for every unit.
        let scoredSet = Set(scored)
        let unscored = inYearUnits.filter { !scoredSet.contains($0) }
        if !unscored.isEmpty {
            for past in pastYears {
                for (unit, median) in medians(chosen, unscored, past) {
                    guard let actual = flows[unit]!.total(past), actual != 0 else { continue }
                    errors[chosen, default: [:]][past, default: [:]][unit] = median - actual
                }
            }
        }
        if chosen == .yearlyTotals {
            choice = InYearMethodChoice(indicator: indicator, month: month, chosen: chosen, scores: scores, years: Array(pastYears))
            backtestErrors = pastYears.map { past in units.map { errors[chosen]?[past]?[$0] ?? .nan } }
            projectYearly(inYearUnits, rows: rows, settings: settings)
            return
        }

        // The model's paths are needed where it was chosen or where a unit has no share; they are
        // calibrated across the units' in-year series, cut at the as-of month.
        var calibration: PanelCalibration?
        var model: [String: Result<(draws: [Double], model: String, basis: String), ModelError>] = [:]
        if modelPossible && (chosen == .model || inYearUnits.contains { share[$0] == nil }) {
            let panelUnits = inYearUnits.filter { regular[$0] != nil }
            if settings.calibrate, let first = panelUnits.first {
                let steps = 12 / regular[first]!.monthsPerStep
                let cuts = panelUnits.map { Self.cut(regular[$0]!.series, monthsPerStep: regular[$0]!.monthsPerStep, year: year, month: month) }
                let horizon = steps * year + steps - 1 - (cuts.map(\.end).max() ?? 0)
                if horizon >= 1 {
                    let granularity: Granularity = steps == 12 ? .month : .quarter
                    calibration = PanelCalibration.estimate(
                        SeriesSelection(indicator: indicator, granularity: granularity,
                                        keys: panelUnits.map { SeriesKey(unit: $0, indicator: indicator) }, series: cuts,
                                        granularities: cuts.map { _ in granularity }),
                        model: settings.inYearModel, horizon: horizon)
                }
            }
            model = modelDraws(inYearUnits, regular: regular, year: year, month: month, settings: settings, calibration: calibration)
        }
        let current = (model: model, share: share)
        if chosen == .model, let calibration { calibrationSummaries.append(calibration.summary) }
        choice = InYearMethodChoice(indicator: indicator, month: month, chosen: chosen, scores: scores, years: Array(pastYears))
        backtestErrors = pastYears.map { past in units.map { errors[chosen]?[past]?[$0] ?? .nan } }

        for unit in inYearUnits {
            let observed = flows[unit]!.yearToDate(year, through: month)
            let monthsObserved = observed == nil ? 0 : month
            if chosen == .yearToDateShare, let share = current.share[unit] {
                projections[unit] = .success(YearProjection(
                    unit: unit, draws: share.draws, observed: observed, monthsObserved: monthsObserved,
                    method: InYearMethod.yearToDateShare.rawValue, calibrated: false, basis: share.basis))
            } else if let model = current.model[unit] {
                projections[unit] = model.map { YearProjection(
                    unit: unit, draws: $0.draws, observed: observed, monthsObserved: monthsObserved,
                    method: $0.model, calibrated: calibration != nil, basis: $0.basis) }
            } else if let share = current.share[unit] {
                projections[unit] = .success(YearProjection(
                    unit: unit, draws: share.draws, observed: observed, monthsObserved: monthsObserved,
                    method: InYearMethod.yearToDateShare.rawValue, calibrated: false, basis: share.basis))
            } else {
                // Spans only, and too few past years with the same months for the share.
                let pastYears = flows[unit]!.yearsWithTotals.filter { $0 < year && flows[unit]!.yearToDate($0, through: month) != nil }
                projections[unit] = .failure(.notIdentified(
                    "the year-to-date share needs \(YearToDateShare.minimumYears) past years with January–month \(month) and the whole year reported; found \(pastYears.count)"))
            }
        }
    }
}
