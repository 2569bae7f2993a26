import Foundation
import ParallelWork

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
        try OrderedPieces.stream(count: count, workers: workers, make: piece, consume: write)
    }
}
