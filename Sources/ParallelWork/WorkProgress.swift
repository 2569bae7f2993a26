import Foundation

/// How far a command's long work has got: the step it is on (`phase`) and,
/// for a batch inside it, how many of how many items are done. The library
/// reports here; the command line shows it on a terminal (`ProgressLine`)
/// and nothing else reads it, so a program using ChiTieu as a library pays
/// a lock per batch piece and sees nothing.
package final class WorkProgress: @unchecked Sendable {
    /// The one record of the process's progress.
    package static let shared = WorkProgress()

    /// What is being done at one moment.
    package struct Snapshot: Sendable, Equatable {
        /// The step: `reading observations.csv`, `projecting revenue 2014`.
        package var phase: String
        /// The batch inside the step, if one is counted: `series`, `units`, `MB`.
        package var items: String?
        package var done: Int
        package var total: Int
        /// Seconds since the batch began.
        package var seconds: Double

        /// A snapshot from its parts.
        package init(phase: String, items: String?, done: Int, total: Int, seconds: Double) {
            self.phase = phase
            self.items = items
            self.done = done
            self.total = total
            self.seconds = seconds
        }
    }

    private let lock = NSLock()
    private var phase = ""
    private var items: String?
    private var done = 0
    private var total = 0
    private var started = ContinuousClock.now

    /// Begins a step on a file, named by its last path component: `reading observations.csv`.
    package func phase(_ verb: String, file path: String) {
        phase(verb + " " + (path.split(separator: "/").last.map(String.init) ?? path))
    }

    /// Begins a step; any batch count ends.
    package func phase(_ name: String) {
        lock.lock()
        phase = name
        items = nil
        lock.unlock()
    }

    /// Begins a batch of `total` items within the step.
    package func count(_ total: Int, of items: String) {
        lock.lock()
        self.items = items
        self.total = total
        done = 0
        started = .now
        lock.unlock()
    }

    /// `n` more items of the batch are done (from any thread).
    package func advance(by n: Int = 1) {
        lock.lock()
        done += n
        lock.unlock()
    }

    /// The step and batch now.
    package var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return Snapshot(phase: phase, items: items, done: min(done, total), total: total, seconds: seconds)
    }
}
