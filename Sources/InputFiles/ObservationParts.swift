#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ParallelWork

/// A big observations CSV read in parts on every core, with the result of
/// reading it row by row: the same observations, the same problems in the
/// same order, the same first error.
///
/// The file is cut where records start (`CSVRecordStarts`). Worker threads
/// parse the parts and turn their rows into observations; the calling
/// thread takes the parts in file order as they come (`OrderedPieces`) and
/// checks each series' periods there (`SeriesChecks`), since a series may
/// run across parts and its first row decides which later row is the
/// duplicate. A part's problems are kept with the number of observations
/// before them, so they reach the log in file order among the series
/// checks' own; a problem in the CSV text ends the file at that part, as it
/// does when the file is read in one go. Only a few parts are held at once.
struct ObservationParts {
    /// Bytes of a part, 4 MB: some 140,000 rows of a yearly panel, enough that the parts' own
    /// cost is nothing, few enough that the threads share the work evenly.
    static let partBytes = 4 << 20

    /// The table whose header the caller's reader has read (file, header, columns).
    let table: CSVTable
    let starts: [CSVRecordStarts.Start]
    let size: Int
    let workers: Int

    /// nil when the file is better read in one go: one worker, or under two parts.
    init?(_ reader: CSVReader, table: CSVTable, partBytes: Int, workers: Int = Workers.count) {
        guard workers > 1 else { return nil }
        var status = stat()
        guard stat(reader.file, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size), first = reader.nextRecordStart
        let parts = min((size - first.offset) / max(1, partBytes), 4096)
        guard parts >= 2, let starts = CSVRecordStarts.find(path: reader.file, first: first, size: size, parts: parts),
              starts.count >= 2 else { return nil }
        self.table = table
        self.starts = starts
        self.size = size
        self.workers = workers
    }

    /// One part's rows turned into observations, before the series checks.
    struct Part {
        var observations: [Observation] = []
        var periodCells: [CSVField] = []
        /// Row problems, each after that many of the part's observations.
        var problems: [(before: Int, problem: InputError)] = []
        /// A problem in the CSV text, which ends the file here.
        var ended: InputError?
    }

    func read(numbers: NumberStyle, log: inout ProblemLog) throws(InputError) -> [Observation] {
        let (file, header, columns, starts, size) = (table.file, table.header, table.columns, starts, size)
        let gathersAll = log.gathersAll, limit = log.limit
        let make: @Sendable (Int) -> Part = { index in
            let end = index + 1 < starts.count ? starts[index + 1].offset : size
            return Self.part(file: file, range: starts[index].offset..<end, line: starts[index].line, header: header,
                             columns: columns, numbers: numbers, stopAfter: gathersAll ? limit : 1)
        }
        var observations: [Observation] = []
        var checks = SeriesChecks()
        var failure: InputError?
        WorkProgress.shared.count(size - starts[0].offset, of: "MB")
        var taken = 0
        do {
            try OrderedPieces.stream(count: starts.count, workers: workers, make: make) { part in
                do throws(InputError) {
                    try take(part, into: &observations, checks: &checks, log: &log)
                    WorkProgress.shared.advance(by: (taken + 1 < starts.count ? starts[taken + 1].offset : size) - starts[taken].offset)
                    taken += 1
                } catch {
                    failure = error
                    throw error
                }
            }
        } catch {
            throw failure ?? InputError(file: table.file, line: 1, column: 1, expected: "a readable file", found: "\(error)")
        }
        return observations
    }

    /// Adds a part's observations that pass the series checks, and sends its
    /// problems and the checks' to the log in file order.
    private func take(_ part: Part, into observations: inout [Observation], checks: inout SeriesChecks, log: inout ProblemLog) throws(InputError) {
        var next = 0
        for index in part.observations.indices {
            while next < part.problems.count, part.problems[next].before == index {
                try log.record(part.problems[next].problem)
                next += 1
            }
            let observation = part.observations[index], cell = part.periodCells[index]
            if let expected = checks.add(observation.seriesKey, observation.period, line: cell.line) {
                try log.record(table.error(at: cell, expected: expected))
                continue
            }
            observations.append(observation)
        }
        for (_, problem) in part.problems[next...] { try log.record(problem) }
        if let ended = part.ended { throw ended }
    }

    /// Parses one part; stops after `stopAfter` row problems (1 when only
    /// the first problem is wanted) or at a problem in the CSV text.
    private static func part(file: String, range: Range<Int>, line: Int, header: [String], columns: [String: Int],
                             numbers: NumberStyle, stopAfter: Int) -> Part {
        var part = Part()
        do throws(InputError) {
            let table = CSVTable(reader: try CSVReader(path: file, range: range, line: line), header: header, columns: columns)
            var rows = ObservationRows(table: table, numbers: numbers)
            while let row = try table.nextRow() {
                do throws(InputError) {
                    try table.checkShape(row)
                    let (observation, cell) = try rows.observation(table.padded(row))
                    part.observations.append(observation)
                    part.periodCells.append(cell)
                } catch {
                    part.problems.append((part.observations.count, error))
                    if part.problems.count >= stopAfter { break }
                }
            }
        } catch {
            part.ended = error
        }
        return part
    }
}
