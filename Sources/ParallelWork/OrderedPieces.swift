import Dispatch
import Foundation

/// Pieces made on worker threads and used in order on the calling thread,
/// as soon as each and those before it are made: a file's parts parsed
/// while the first are being checked, a report's rows made while the first
/// are being written.
///
/// At most `2 × workers` pieces wait made and unused, so memory holds a few
/// pieces, not all of them. The pieces are used in index order whatever the
/// threads' timing, so the outcome is the same on one core or many.
package enum OrderedPieces {
    /// Makes pieces `0..<count` with `make` on `workers` threads and hands
    /// each, in order, to `consume` on the calling thread. When `consume`
    /// throws, pieces not yet begun are never made, and the error is
    /// rethrown once every worker has stopped.
    package static func stream<Piece>(
        count: Int, workers: Int, make: @escaping @Sendable (Int) -> Piece, consume: (Piece) throws -> Void
    ) throws {
        guard count > 1 else {
            for index in 0..<count { try consume(make(index)) }
            return
        }
        let queue = PieceQueue<Piece>(count: count, ahead: 2 * max(1, workers))
        let finished = DispatchGroup()
        for _ in 0..<max(1, workers) {
            finished.enter()
            let thread = Thread {
                while let index = queue.claim() { queue.deliver(index, make(index)) }
                finished.leave()
            }
            thread.start()
        }
        defer {
            queue.cancel()
            finished.wait()
        }
        for index in 0..<count { try consume(queue.take(index)) }
    }
}

/// The pieces between the threads that make them and the one that writes
/// them: claimed in order, delivered in any order, taken in order.
final class PieceQueue<Piece>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let ahead: Int
    private var made: [Int: Piece] = [:]
    private var nextToClaim = 0
    private var nextToTake = 0
    private var cancelled = false

    init(count: Int, ahead: Int) {
        self.count = count
        self.ahead = ahead
    }

    /// The next piece to make; waits while `ahead` pieces are unwritten;
    /// nil when all are claimed or the writing stopped.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && nextToClaim < count && nextToClaim >= nextToTake + ahead { condition.wait() }
        guard !cancelled, nextToClaim < count else { return nil }
        nextToClaim += 1
        return nextToClaim - 1
    }

    func deliver(_ index: Int, _ piece: Piece) {
        condition.lock()
        made[index] = piece
        condition.broadcast()
        condition.unlock()
    }

    /// Piece `index` once it is made (each taken once, in order).
    func take(_ index: Int) -> Piece {
        condition.lock()
        defer { condition.unlock() }
        while made[index] == nil { condition.wait() }
        nextToTake = index + 1
        condition.broadcast()
        return made.removeValue(forKey: index)!
    }

    /// No piece is claimed after this.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
