import Foundation
import LinearAlgebra

/// One fitted case of a fixture file written by make-least-squares.py (mpmath)
/// or make-aliasing.R (R's lm). Matrices are column-major; null is NaN/NA.
struct LeastSquaresCase: Decodable, Sendable {
    let name: String
    let note: String
    let rows: Int
    let columns: Int
    let design: [Double]
    let responseCount: Int
    let responses: [Double]
    let coefficients: [Double?]
    let residualSumOfSquares: [Double]
    let unscaledCovariance: [Double?]
    let relativeTolerance: Double
    // Only in aliasing.json.
    let rank: Int?
    let residualDegreesOfFreedom: Int?
    let aliased: [Bool]?
    // predict.lm at new points (aliasing.json): p × m points, m × k fits, m variances.
    let newPointCount: Int?
    let newPoints: [Double]?
    let predictions: [Double?]?
    let unscaledPredictionVariance: [Double?]?

    var designMatrix: Matrix { Matrix(rows: rows, columns: columns, columnMajor: design) }
    var responseMatrix: Matrix { Matrix(rows: rows, columns: responseCount, columnMajor: responses) }
    var referenceCoefficients: Matrix {
        Matrix(rows: columns, columns: responseCount, columnMajor: coefficients.map { $0 ?? .nan })
    }
    var referenceCovariance: Matrix {
        Matrix(rows: columns, columns: columns, columnMajor: unscaledCovariance.map { $0 ?? .nan })
    }
}

struct QuadraticFormCase: Decodable, Sendable {
    let size: Int
    let matrix: [Double]
    let vectorCount: Int
    let vectors: [Double]
    let forms: [Double]
    let numpy: [Double]
}

private struct CaseFile<Case: Decodable>: Decodable {
    let cases: [Case]
}

enum Fixtures {
    static func url(_ file: String) throws -> URL {
        let directory = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return directory.appendingPathComponent(file)
    }

    static func load<Case: Decodable>(_ file: String, as: Case.Type) throws -> [Case] {
        try JSONDecoder().decode(CaseFile<Case>.self, from: Data(contentsOf: url(file))).cases
    }

    static func leastSquaresCase(_ name: String, file: String = "least-squares.json") throws -> LeastSquaresCase {
        try #require(load(file, as: LeastSquaresCase.self).first { $0.name == name }, "no case \(name) in \(file)")
    }
}

import Testing

/// max |a − b| over elements that are not NaN in b, relative to max |b|
/// (normwise relative error); NaN positions must agree.
func normwiseRelativeError(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count)
    var largestDifference = 0.0, largestReference = 0.0
    for (x, y) in zip(a, b) where !y.isNaN {
        largestDifference = max(largestDifference, abs(x - y))
        largestReference = max(largestReference, abs(y))
    }
    if largestDifference == 0 { return 0 }
    return largestReference > 0 ? largestDifference / largestReference : .infinity
}

/// The NaN pattern of `a` equals that of `b`.
func sameNaNs(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.isNaN == $1.isNaN }
}

/// The allowed error of a residual sum of squares: `relative` of it, plus what
/// rounding in the residuals themselves gives. Householder QR computes the
/// residual r of y with an absolute error of order ε‖y‖ (take 1e-14‖y‖), so
/// RSS = ‖r‖² moves by about 2‖r‖·1e-14‖y‖ + (1e-14‖y‖)²; for a nearly exact
/// fit that dominates, and a relative test alone could not be met.
func rssTolerance(reference rss: Double, response y: [Double], relative: Double) -> Double {
    let residualError = 1e-14 * y.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return relative * rss + 2 * rss.squareRoot() * residualError + residualError * residualError
}
