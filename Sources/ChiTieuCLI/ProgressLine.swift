import Foundation
import ParallelWork

/// A line on standard error, redrawn in place, that says what a long
/// command is doing (`WorkProgress`): the step, the items done of how many,
/// their rate and the time left, e.g.
///
///     chitieu: forecasting revenue · 120,000/200,000 series fitted · 880/s · 23 s left
///
/// Only on a terminal, only after the first second (a quick command shows
/// nothing), and never with `--quiet`. Redirected to a file or a pipe,
/// standard error gets nothing extra. The line is erased before the
/// command writes anything else there, and when it ends.
final class ProgressLine: @unchecked Sendable {
    /// The line being drawn, if any (one per process).
    nonisolated(unsafe) private static var current: ProgressLine?
    private static let lock = NSLock()

    private let condition = NSCondition()
    private let ended = DispatchSemaphore(value: 0)
    private var stopped = false
    private var shown = false
    private var drawn = ""
    private let width: Int

    private init() {
        var size = winsize()
        width = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 20 ? Int(size.ws_col) : 80
    }

    /// Starts drawing when standard error is a terminal and `quiet` is off.
    static func start(quiet: Bool) {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return }
        let line = ProgressLine()
        lock.lock()
        current = line
        lock.unlock()
        Thread { line.run() }.start()
    }

    /// Erases the line and stops drawing (before a message or at the end).
    static func stop() {
        lock.lock()
        let line = current
        current = nil
        lock.unlock()
        line?.finish()
    }

    /// Seconds before the line first appears: 1, or `CHITIEU_PROGRESS_AFTER`
    /// (tests set 0 to see the line of a quick command).
    private static let delay: Double = ProcessInfo.processInfo.environment["CHITIEU_PROGRESS_AFTER"].flatMap(Double.init) ?? 1

    private func run() {
        let begun = Date()
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            _ = condition.wait(until: Date().addingTimeInterval(Date().timeIntervalSince(begun) < Self.delay ? 0.01 : 0.25))
            if stopped { break }
            guard Date().timeIntervalSince(begun) >= Self.delay else { continue }
            let text = Self.text(WorkProgress.shared.snapshot)
            if text != drawn { draw(text) }
        }
        if shown { write("\r\u{1B}[K") }
        ended.signal()
    }

    /// Stops the drawing thread and waits until it has erased its line, so
    /// what is written next starts on a clean line.
    private func finish() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
        ended.wait()
    }

    private func draw(_ text: String) {
        guard !text.isEmpty else { return }
        let fitted = text.count < width ? text : String(text.prefix(width - 2)) + "…"
        write("\r\u{1B}[K" + fitted)
        shown = true
        drawn = text
    }

    private func write(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// `chitieu: step · done/total items · rate/s · N s left`.
    static func text(_ progress: WorkProgress.Snapshot) -> String {
        guard !progress.phase.isEmpty else { return "" }
        var parts = ["chitieu: " + progress.phase]
        if let items = progress.items, progress.total > 0 {
            let megabytes = items == "MB"
            func amount(_ n: Int) -> String { megabytes ? String(format: "%.0f", Double(n) / 1e6) : grouped(n) }
            parts.append("\(amount(progress.done))/\(amount(progress.total)) \(items)")
            if progress.done > 0, progress.seconds > 0.5 {
                let rate = Double(progress.done) / progress.seconds
                parts.append(megabytes ? String(format: "%.0f MB/s", rate / 1e6) : "\(grouped(Int(rate)))/s")
                let left = Double(progress.total - progress.done) / rate
                if progress.done < progress.total { parts.append("\(Int(left.rounded(.up))) s left") }
            }
        }
        return parts.joined(separator: " · ")
    }

    /// 120000 → 120,000.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (n < 0 ? "-" : "") + out
    }
}
