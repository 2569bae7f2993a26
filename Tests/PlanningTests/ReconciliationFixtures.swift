import Foundation
import InputFiles
import LinearAlgebra
import Testing

/// One case of Fixtures/reconciliation.json, written by make-mint.py (numpy).
/// Matrices are lists of rows; null is a missing residual.
struct ReconciliationCase: Decodable, Sendable {
    struct Unit: Decodable, Sendable {
        let id: String
        let parent: String?
    }

    let name: String
    let note: String
    let units: [Unit]
    let nodes: [String]
    let leaves: [String]
    let summing: [[Double]]
    let residuals: [[Double?]]
    let completeRows: Int
    let lambda: Double
    let covariance: [[Double]]
    let projection: [[Double]]
    /// base[i][h]: node i's base forecast h + 1 steps ahead.
    let base: [[Double]]
    let mint: [[Double]]
    let bottomUp: [[Double]]

    var reportingUnits: [ReportingUnit] {
        units.map { ReportingUnit(id: $0.id, name: $0.id, level: $0.parent == nil ? "province" : "district", parent: $0.parent) }
    }

    var residualMatrix: Matrix { Matrix(rows: residuals.count, columns: nodes.count, rowsOf: residuals.map { $0.map { $0 ?? .nan } }) }

    static func all() throws -> [ReconciliationCase] {
        let directory = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let data = try Data(contentsOf: directory.appendingPathComponent("reconciliation.json"))
        return try JSONDecoder().decode(File.self, from: data).cases
    }

    static func named(_ name: String) throws -> ReconciliationCase {
        try #require(all().first { $0.name == name }, "no case \(name)")
    }

    private struct File: Decodable { let cases: [ReconciliationCase] }
}

/// One case of Fixtures/reconciliation-r.json, written by make-mint-r.R.
struct RReconciliationCase: Decodable, Sendable {
    let name: String
    let lambda: Double
    let mint: [[Double]]

    static func all() throws -> [RReconciliationCase] {
        let directory = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let data = try Data(contentsOf: directory.appendingPathComponent("reconciliation-r.json"))
        return try JSONDecoder().decode(File.self, from: data).cases
    }

    private struct File: Decodable { let cases: [RReconciliationCase] }
}

extension Matrix {
    init(rows: Int, columns: Int, rowsOf values: [[Double]]) {
        self.init(rows: rows, columns: columns)
        for (i, row) in values.enumerated() {
            for (j, value) in row.enumerated() { self[i, j] = value }
        }
    }

    var rowArrays: [[Double]] { (0..<rows).map { i in (0..<columns).map { self[i, $0] } } }
}

/// max |a − b| / max |b| over all elements (normwise relative error).
func relativeError(_ a: [[Double]], _ b: [[Double]]) -> Double {
    let x = a.flatMap { $0 }, y = b.flatMap { $0 }
    precondition(x.count == y.count)
    let scale = y.map(abs).max() ?? 0
    let difference = zip(x, y).map { abs($0 - $1) }.max() ?? 0
    return difference == 0 ? 0 : difference / scale
}
