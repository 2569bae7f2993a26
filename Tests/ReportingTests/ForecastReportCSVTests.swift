import Forecasting
import Foundation
import InputFiles
import ParallelWork
import Planning
@testable import Reporting
import Testing

/// The forecast CSV is written in pieces on several threads and put
/// together in order: it must be the text written one series at a time.
@Suite struct ForecastReportCSVTests {
    /// 2,500 short yearly series (several pieces of the 1,000-series minimum), one with a comma in its id.
    static func forecasts() throws -> [SeriesForecast] {
        let keys = (0..<2_500).map { SeriesKey(unit: $0 == 1_234 ? "a,b" : "u\($0)", indicator: "rev") }
        let series = (0..<2_500).map { (i: Int) -> TimeSeries in
            let values: [Double] = (0..<6).map { (t: Int) -> Double in
                let trend: Int = 100 + i + t * (i % 7)
                return Double(trend + (t * t + i) % 5)
            }
            return TimeSeries(start: 2008, frequency: 1, values: values)
        }
        let selection = SeriesSelection(indicator: "rev", granularity: .year, keys: keys, series: series,
                                        granularities: Array(repeating: .year, count: keys.count))
        return PanelForecast.run(selection, model: try #require(ModelCatalog.model(named: "linear")), horizon: 3, levels: [80, 95])
    }

    @Test(arguments: [false, true])
    func piecesJoinToTheTextOfOneSeriesAtATime(excel: Bool) throws {
        let forecasts = try Self.forecasts()
        let whole = ForecastReport(forecasts: forecasts, levels: [80, 95]).csv(excel: excel)
        var expected = ""
        for (i, item) in forecasts.enumerated() {
            let one = ForecastReport(forecasts: [item], levels: [80, 95]).csv(excel: excel)
            var lines = one.split(separator: "\n", omittingEmptySubsequences: false)
            if i > 0 { lines.removeFirst() }  // the header once
            expected += lines.joined(separator: "\n")
        }
        #expect(whole == expected)
        #expect(whole.unicodeScalars.filter { $0 == "\u{FEFF}" }.count == (excel ? 1 : 0))
        #expect(whole.split(separator: "\n").count == 1 + 3 * 2_500)
        #expect(whole.contains("\n\"a,b\",rev,2014,linear,"))
    }

    @Test func piecesComeBackInOrderWhateverTheThreads() {
        for workers in [1, 2, 3, 8] {
            let pieces = ParallelPieces.map(count: 10_007, minimumPiece: 100, workers: workers) { range in Array(range) }
            #expect(pieces.joined().elementsEqual(0..<10_007))
            #expect(pieces.count == min(4 * workers, 100))
        }
        #expect(ParallelPieces.map(count: 0, workers: 2) { $0.count } == [0])
    }
}

/// Pieces made on worker threads reach the writer in order, and a failed
/// write stops the work and is reported.
@Suite struct TextPiecesTests {
    static let pieces = TextPieces(count: 500) { index in "\(index)\n" }

    @Test(arguments: [1, 2, 4])
    func streamedInOrder(workers: Int) throws {
        var written = ""
        try Self.pieces.stream(workers: workers) { written += $0 }
        #expect(written == Self.pieces.joined)
        #expect(written.split(separator: "\n").map { Int($0)! } == Array(0..<500))
    }

    @Test func aFailedWriteStopsAndIsRethrown() {
        struct Full: Error {}
        var calls = 0
        #expect(throws: Full.self) {
            try Self.pieces.stream(workers: 2) { _ in
                calls += 1
                if calls == 3 { throw Full() }
            }
        }
        #expect(calls == 3)
    }

    @Test func aFullDiskIsACannotWrite() {
        #expect(throws: OutputFile.WriteError.cannotWrite("/dev/full", reason: "No space left on device")) {
            try OutputFile.write(Self.pieces, workers: 2, to: "/dev/full", inputs: [])
        }
    }

    @Test func piecesReplaceTheFileWhole() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pieces-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        try OutputFile.write(Self.pieces, workers: 2, to: path, inputs: [])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.pieces.joined)
    }
}
