import Foundation
@testable import InputFiles
import Testing

/// A file read in parts on several threads gives what reading it row by row
/// gives: the observations, every problem in the same order, the same first
/// error. Parts are made tiny here (`partBytes`) so that records, quoted
/// line breaks, duplicates and series run across many part boundaries.
@Suite struct ObservationPartsTests {
    /// An awkward file: quoted ids with commas (and a line break), CRLF and
    /// lone-CR line ends, blank lines, Vietnamese ids, and problems in rows
    /// far apart (a duplicate 900 rows after its first, a bad number, a
    /// short row, overlapping spans, a month beside a quarter).
    static func awkward(problems: Bool) -> String {
        var text = "unit,indicator,period,value\n"
        for unit in 0..<60 {
            let id = unit % 7 == 0 ? "\"xã \(unit), bản\"" : unit % 5 == 0 ? "Mường Lạ \(unit)" : "u\(unit)"
            for year in 2000..<2015 {
                let end = (unit + year) % 11 == 0 ? "\r\n" : "\n"
                text += "\(id),rev,\(year),\(Double(unit * 100 + year) / 8)\(end)"
            }
            text += unit % 9 == 0 ? "\n" : ""
            text += "\(id),\"rev, monthly\",2014-0\(unit % 9 + 1),\(unit)\n"
        }
        if problems {
            text += "u3,rev,2004,1\n"                // a duplicate of a row far above
            text += "u4,rev,2020,abc\n"              // not a number
            text += "u6,rev,2021\n"                  // a short row
            text += "u8,rev,2014-01..2014-06,1\nu8,rev,2014-05..2014-09,1\n"  // overlapping spans
            text += "u11,\"rev, monthly\",2014-Q1,1\n"  // a quarter beside months
            text += "\"bản\nmới\",rev,2014,1\n"           // a line break inside quotes, in an id
            text += "u12,rev,2022,1\ru13,rev,2022,2\n"  // a lone carriage return ends a line
            for unit in 0..<60 { text += "u\(unit),tail,2014,\(unit)\n" }
            text += "u1,rev,2000,5\n"                 // a duplicate of the file's first row
        }
        return text
    }

    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The observations, or the problems, of one reading.
    static func read(_ path: String, partBytes: Int, workers: Int, gathersAll: Bool, limit: Int = .max) -> ([Observation], [InputError]) {
        var log = ProblemLog(gathersAll: gathersAll, limit: limit)
        do {
            let observations = try Dataset.readObservations(try CSVReader(path: path), numbers: NumberStyle(), log: &log,
                                                            partBytes: partBytes, workers: workers)
            return (observations, log.problems)
        } catch {
            return ([], log.problems + [error])
        }
    }

    @Test(arguments: [false, true])
    func partsGiveWhatOneGoGives(problems: Bool) throws {
        let path = try Self.file(Self.awkward(problems: problems))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVReader(path: path)
        let table = try CSVTable(reader: reader, required: Dataset.observationColumns)
        #expect(try #require(ObservationParts(reader, table: table, partBytes: 300, workers: 2)).starts.count > 40)
        for gathersAll in [false, true] {
            for limit in gathersAll ? [3, 100] : [100] {
                let whole = Self.read(path, partBytes: .max, workers: 1, gathersAll: gathersAll, limit: limit)
                if problems { #expect(!whole.1.isEmpty) } else { #expect(whole.0.count == 60 * 16 && whole.1.isEmpty) }
                for partBytes in [64, 300, 4_000] {
                    for workers in [2, 3] {
                        let parts = Self.read(path, partBytes: partBytes, workers: workers, gathersAll: gathersAll, limit: limit)
                        #expect(parts.0 == whole.0, "partBytes \(partBytes), workers \(workers), gathersAll \(gathersAll)")
                        #expect(parts.1 == whole.1, "partBytes \(partBytes), workers \(workers), gathersAll \(gathersAll)")
                    }
                }
            }
        }
    }

    /// A quote never closed ends the file where it opens, whichever part it is in.
    @Test func anUnclosedQuoteEndsTheFileAsInOneGo() throws {
        var text = Self.awkward(problems: false)
        text += "u1,rev,\"2015,1\n" + String(repeating: "u2,rev,2016,1\n", count: 50)
        let path = try Self.file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for gathersAll in [false, true] {
            let whole = Self.read(path, partBytes: .max, workers: 1, gathersAll: gathersAll)
            // After the header, 960 rows and 7 blank lines.
            #expect(whole.1.last?.line == 1 + 960 + 7 + 1)
            let parts = Self.read(path, partBytes: 100, workers: 2, gathersAll: gathersAll)
            #expect(parts.0 == whole.0)
            #expect(parts.1 == whole.1)
        }
    }

    /// Every cut is a record start the parser reaches, at the parser's line.
    @Test func cutsAreRecordStarts() throws {
        let path = try Self.file(Self.awkward(problems: true))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVReader(path: path)
        var starts: [CSVRecordStarts.Start] = [reader.nextRecordStart]
        while try reader.next() != nil { starts.append(reader.nextRecordStart) }
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let cuts = try #require(CSVRecordStarts.find(path: path, first: starts[1], size: size, parts: 200))
        #expect(cuts.count > 100)
        let known = Set(starts.map { "\($0.offset):\($0.line)" })
        #expect(cuts.filter { !known.contains("\($0.offset):\($0.line)") } == [])
        #expect(zip(cuts, cuts.dropFirst()).allSatisfy { $0.offset < $1.offset })
    }
}
