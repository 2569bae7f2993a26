import Foundation
import Testing

/// One row of Fixtures/distributions.csv (written by make-distributions.py: scipy,
/// replaced by mpmath where scipy is off by more than 10⁻¹⁴; `source` says which).
struct ReferenceRow: CustomStringConvertible {
    var distribution: String
    var degreesOfFreedom: Double?
    var function: String
    var argument: Double
    var reference: Double
    var source: String

    var description: String {
        "\(distribution)(df: \(degreesOfFreedom.map { "\($0)" } ?? "-")).\(function)(\(argument)) reference \(reference) (\(source))"
    }
}

enum ReferenceTable {
    static func fixtureURL(_ name: String) throws -> URL {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent(name)
    }

    /// The data lines of a plain CSV file (no quoting is used in the fixtures), split on commas.
    static func records(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: fixtureURL(name), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    static func distributionRows() throws -> [ReferenceRow] {
        try records("distributions.csv").map { fields in
            try #require(fields.count == 6, "malformed row \(fields)")
            var degreesOfFreedom: Double? = nil
            if !fields[1].isEmpty { degreesOfFreedom = try #require(Double(fields[1])) }
            return ReferenceRow(
                distribution: fields[0],
                degreesOfFreedom: degreesOfFreedom,
                function: fields[2],
                argument: try #require(Double(fields[3])),
                reference: try #require(Double(fields[4])),
                source: fields[5])
        }
    }
}

/// |value − reference| / |reference|; 0 when they are equal (infinities included).
func relativeError(_ value: Double, _ reference: Double) -> Double {
    if value == reference { return 0 }
    if value.isNaN || reference.isNaN { return .infinity }
    return abs(value - reference) / abs(reference)
}

/// Tracks the worst relative error per key, for the test log.
struct WorstErrors {
    private(set) var worst: [String: (error: Double, row: String)] = [:]

    mutating func record(_ key: String, _ error: Double, _ row: CustomStringConvertible) {
        if error > (worst[key]?.error ?? -1) { worst[key] = (error, row.description) }
    }

    func report(_ title: String) {
        for key in worst.keys.sorted() {
            let entry = worst[key]!
            print("\(title) worst relative error \(key): \(entry.error) at \(entry.row)")
        }
    }
}
