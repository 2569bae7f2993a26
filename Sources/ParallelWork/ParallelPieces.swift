import Dispatch
import Foundation

/// Work on `0..<count` cut into contiguous pieces, done on
/// `Workers.count` threads and returned in the pieces' order.
///
/// Each piece is worked by one thread from start to end, and the results
/// are put together by piece index, so what comes out does not depend on
/// how many threads there were or which finished first (the spec's promise
/// of the same bytes on one core or many). For work whose cost is even
/// across items, such as writing a country's forecasts as text; uneven
/// fits claim one item at a time (`WorkSlots`).
package enum ParallelPieces {
    /// The results of `body` on each piece of `0..<count`, in order.
    ///
    /// - Parameters:
    ///   - count: how many items there are.
    ///   - minimumPiece: the fewest items worth a piece of their own; smaller work runs on the calling thread.
    ///   - workers: threads to use.
    ///   - body: the work on one contiguous range of items.
    package static func map<Piece: Sendable>(
        count: Int, minimumPiece: Int = 1_000, workers: Int = Workers.count,
        _ body: @Sendable (Range<Int>) -> Piece
    ) -> [Piece] {
        // A few pieces a thread, so one slow piece does not leave the other threads idle.
        let pieces = max(1, min(4 * workers, count / max(1, minimumPiece)))
        let bounds = (0...pieces).map { $0 * count / pieces }
        let ranges = (0..<pieces).map { bounds[$0]..<bounds[$0 + 1] }
        let threads = min(workers, pieces)
        guard threads > 1 else { return ranges.map(body) }
        let slots = WorkSlots<Piece>(count: pieces)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let index = slots.claim() {
                slots.set(index, body(ranges[index]))
            }
        }
        return slots.values
    }
}
