import Dispatch
import Foundation

/// Fits of series that share nothing (ETS, ARIMA, optimised theta), run on
/// every core: each series is fitted by itself, so the results are the same
/// on one core or many, in the same order (the spec's promise).
enum IndependentFits {
    static func map<Fitted: Sendable>(_ series: [TimeSeries], _ fit: @Sendable (TimeSeries) throws(ModelError) -> Fitted) -> [Result<Fitted, ModelError>] {
        guard series.count > 1 else { return series.map { s in Result { () throws(ModelError) in try fit(s) } } }
        let results = ResultSlots<Fitted>(count: series.count)
        DispatchQueue.concurrentPerform(iterations: series.count) { index in
            results.set(index, Result { () throws(ModelError) in try fit(series[index]) })
        }
        return results.values
    }
}

/// One result slot per series, written once each from any thread.
private final class ResultSlots<Fitted: Sendable>: @unchecked Sendable {
    private var slots: [Result<Fitted, ModelError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Fitted, ModelError>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [Result<Fitted, ModelError>] { slots.map { $0! } }
}
