import Foundation
import Testing
@testable import InputFiles

/// The differential test: CSVReader against Python's `csv` module on the
/// random texts of `Fixtures/csv-corpus.jsonl` (made by
/// `Fixtures/make-csv-corpus.py`, which documents the format).
@Suite struct CSVCorpusTests {
    struct Case {
        var text: String
        var byteOrderMark = false
        var rows: [[String]]?
        var positions: [[[Int]]]?
        var error: (line: Int, column: Int, kind: String)?
    }

    static func loadCorpus() throws -> [Case] {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let data = try Data(contentsOf: folder.appendingPathComponent("csv-corpus.jsonl"))
        var cases: [Case] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            var item = Case(text: try #require(object["t"] as? String))
            item.byteOrderMark = object["b"] != nil
            item.rows = object["r"] as? [[String]]
            item.positions = (object["p"] as? [[[NSNumber]]])?.map { $0.map { $0.map(\.intValue) } }
            if let error = object["e"] as? [Any] {
                item.error = (try #require((error[0] as? NSNumber)?.intValue),
                              try #require((error[1] as? NSNumber)?.intValue),
                              try #require(error[2] as? String))
            }
            cases.append(item)
        }
        return cases
    }

    static let expectedPrefix = [
        "unterminated": "a closing quote",
        "after-quote": "a comma or the end of the line after a closing quote",
        "quote-in-field": "no quote inside an unquoted field",
    ]

    @Test(arguments: [1, 5, 256 * 1024]) func readsWhatPythonReads(chunkSize: Int) throws {
        let cases = try Self.loadCorpus()
        #expect(cases.count == 4000)
        var valid = 0, invalid = 0, fields = 0
        for (index, item) in cases.enumerated() {
            let bytes = (item.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(item.text.utf8)
            if let error = item.error {
                invalid += 1
                guard let thrown = readError(bytes, chunkSize: chunkSize) else {
                    Issue.record("case \(index): no error, expected \(error)")
                    continue
                }
                #expect(thrown.line == error.line && thrown.column == error.column, "case \(index): \(thrown)")
                #expect(thrown.expected.hasPrefix(Self.expectedPrefix[error.kind]!), "case \(index): \(thrown)")
                continue
            }
            valid += 1
            let rows = try #require(item.rows), positions = try #require(item.positions)
            let read: [CSVRecord]
            do {
                read = try records(bytes, chunkSize: chunkSize)
            } catch {
                Issue.record("case \(index): \(error)")
                continue
            }
            // Exact comparison, scalar by scalar: NFC and NFD must not be conflated.
            let got = read.map { $0.fields.map { scalars($0.value) } }
            #expect(got == rows.map { $0.map(scalars) }, "case \(index)")
            let gotPositions = read.map { $0.fields.map { [$0.line, $0.column] } }
            #expect(gotPositions == positions, "case \(index)")
            fields += rows.reduce(0) { $0 + $1.count }
        }
        #expect(valid > 3000 && invalid > 600)
        #expect(fields > 20000)
    }

    /// The corpus really holds what it is meant to test.
    @Test func corpusCoversTheHardCases() throws {
        let cases = try Self.loadCorpus()
        let texts = cases.map(\.text)
        #expect(texts.contains { $0.unicodeScalars.contains("\u{0302}") })  // decomposed circumflex
        #expect(texts.contains { $0.unicodeScalars.contains("\u{1ED9}") })  // precomposed ộ
        #expect(texts.contains { $0.contains("\"\"") })
        #expect(texts.contains { $0.utf8.contains(0x0D) })
        #expect(cases.contains { $0.byteOrderMark && $0.error == nil })
        #expect(texts.contains { $0.unicodeScalars.contains("\u{1F4C8}") })  // 📈
    }
}
