import Dispatch
import Foundation
import ParallelWork

/// Fits of series that share nothing (ETS, ARIMA, optimised theta), spread
/// over `Workers.count` threads: each series is fitted by itself,
/// so the results are the same on one core or many, in the same order (the
/// spec's promise).
///
/// Workers take the next unfitted series from a shared counter rather than
/// a fixed share, since fits differ in cost (an automatic ETS of a seasonal
/// series costs a hundred times a yearly one).
enum IndependentFits {
    static func map<Fitted: Sendable>(
        _ series: [TimeSeries], workers: Int = Workers.count,
        _ fit: @Sendable (TimeSeries) throws(ModelError) -> Fitted
    ) -> [Result<Fitted, ModelError>] {
        // Counted for the progress line when the batch is long enough to watch.
        let counted = series.count >= 100
        if counted { WorkProgress.shared.count(series.count, of: "series fitted") }
        let threads = min(workers, series.count)
        guard threads > 1 else { return series.map { s in Result { () throws(ModelError) in try fit(s) } } }
        let results = WorkSlots<Result<Fitted, ModelError>>(count: series.count)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let index = results.claim() {
                results.set(index, Result { () throws(ModelError) in try fit(series[index]) })
                if counted { WorkProgress.shared.advance() }
            }
        }
        return results.values
    }
}
