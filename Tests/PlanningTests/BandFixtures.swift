import Foundation
import Testing

/// Rows of a fixture CSV made by `Fixtures/make-bands.py` (plain fields, no
/// quoting), as dictionaries keyed by the header.
func bandFixture(_ name: String) throws -> [[String: String]] {
    let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    let lines = text.split(separator: "\n").map(String.init)
    let header = lines[0].split(separator: ",").map(String.init)
    return lines.dropFirst().map { line in
        Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
    }
}

/// The values of the rows where every `match` field is equal, in file order.
func bandFixtureValues(_ rows: [[String: String]], _ match: [String: String], column: String = "value") -> [Double] {
    rows.filter { row in match.allSatisfy { row[$0.key] == $0.value } }.map { Double($0[column]!)! }
}
