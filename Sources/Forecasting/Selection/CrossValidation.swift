/// Rolling-origin evaluation of one model on many series' own histories,
/// for choosing among models (see `AutomaticChoice`).
///
/// Origin k (1…`origins`) trains on the observed values of each series up
/// to, but not including, its k-th last observed value, and forecasts
/// `horizon` steps; a step is scored when its period holds a value. The
/// score is |y − ŷ| / Q, Q the MASE scale of the training part
/// (`NaiveScale`: the mean absolute (seasonal) naive change, as
/// `chitieu backtest` and R's `accuracy()` scale), averaged over every
/// scored step of every origin. Every origin's training parts are fitted in
/// one batch.
struct CrossValidation {
    var origins: Int
    var horizon: Int

    /// The mean scaled error of `model` on each series; NaN where nothing could be scored.
    func meanScaledErrors(of model: AnyForecastingModel, on series: [TimeSeries]) -> [Double] {
        var sums = Array(repeating: 0.0, count: series.count)
        var counts = Array(repeating: 0, count: series.count)
        for origin in 1...max(1, origins) {
            // The training part of each series: everything before its origin-th last observed value.
            var training: [TimeSeries] = []
            var owners: [Int] = []
            for (index, s) in series.enumerated() {
                let observed = s.values.indices.filter { !s.values[$0].isNaN }
                guard observed.count > origin + 2 else { continue }
                let cut = observed[observed.count - origin]
                training.append(TimeSeries(start: s.start, frequency: s.frequency, values: Array(s.values[..<cut])))
                owners.append(index)
            }
            guard !training.isEmpty else { continue }
            for ((index, train), fit) in zip(zip(owners, training), model.fit(batch: training)) {
                guard case let .success(fitted) = fit, let forecast = try? fitted.forecast(horizon: horizon, levels: []) else { continue }
                guard let scale = NaiveScale.scale(of: train) else { continue }
                let s = series[index]
                for (step, time) in forecast.times.enumerated() {
                    let position = time - s.start
                    guard position < s.values.count, !s.values[position].isNaN, forecast.mean[step].isFinite else { continue }
                    sums[index] += abs(s.values[position] - forecast.mean[step]) / scale
                    counts[index] += 1
                }
            }
        }
        return zip(sums, counts).map { $1 > 0 ? $0 / Double($1) : .nan }
    }
}
