import Foundation

/// A long text made in pieces that can be made in any order on any thread
/// and are put together in order: a country's forecast CSV, millions of
/// rows, written while it is made instead of held whole.
package struct TextPieces: Sendable {
    /// How many pieces the text has.
    package var count: Int
    /// Piece `index`, from 0; the same text whenever and wherever it is made.
    package var piece: @Sendable (Int) -> String

    /// A text of `count` pieces made by `piece`.
    package init(count: Int, piece: @escaping @Sendable (Int) -> String) {
        self.count = count
        self.piece = piece
    }

    /// The whole text, made piece after piece on the calling thread.
    package var joined: String {
        var text = ""
        for index in 0..<count { text += piece(index) }
        return text
    }

    /// Hands every piece, in order, to `write` on the calling thread, while
    /// `workers` threads make the next pieces. At most `2 × workers` pieces
    /// wait made and unwritten, so memory holds a few pieces, not the text.
    /// When `write` throws, the pieces not yet begun are never made and the
    /// error is rethrown once every worker has stopped.
    package func stream(workers: Int, _ write: (String) throws -> Void) throws {
        guard count > 1 else {
            for index in 0..<count { try write(piece(index)) }
            return
        }
        let queue = PieceQueue(count: count, ahead: 2 * max(1, workers))
        let finished = DispatchGroup()
        for _ in 0..<max(1, workers) {
            finished.enter()
            let thread = Thread { [piece] in
                while let index = queue.claim() { queue.deliver(index, piece(index)) }
                finished.leave()
            }
            thread.start()
        }
        defer {
            queue.cancel()
            finished.wait()
        }
        for index in 0..<count { try write(queue.take(index)) }
    }
}

/// The pieces between the threads that make them and the one that writes
/// them: claimed in order, delivered in any order, taken in order.
private final class PieceQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let ahead: Int
    private var made: [Int: String] = [:]
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

    func deliver(_ index: Int, _ text: String) {
        condition.lock()
        made[index] = text
        condition.broadcast()
        condition.unlock()
    }

    /// Piece `index` once it is made (each taken once, in order).
    func take(_ index: Int) -> String {
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
