import Foundation
import Testing
import LinearAlgebra

/// Rank-deficient designs and LAPACK edge cases against R's lm(y ~ 0 + X)
/// (make-aliasing.R): the same columns aliased, the same rank, residual
/// degrees of freedom, fit of the kept columns and cov.unscaled.
@Suite("Least squares on rank-deficient designs and edge cases")
struct LeastSquaresAliasingTests {
    static let names = [
        "two-points-three-columns", "three-points-four-columns", "square-exact", "constant-response",
        "x-and-2x", "intercept-and-constant", "constant-before-intercept", "zero-column",
        "collinear-middle", "near-collinear", "raw-year-quadratic",
    ]

    @Test(arguments: names)
    func matchesLm(_ name: String) throws {
        let c = try Fixtures.leastSquaresCase(name, file: "aliasing.json")
        let solution = try LeastSquares.solve(design: c.designMatrix, responses: c.responseMatrix)
        let tolerance = c.relativeTolerance

        #expect(solution.rank == c.rank, "\(name): rank")
        #expect(solution.aliased == c.aliased, "\(name): aliased columns")
        #expect(solution.residualDegreesOfFreedom == c.residualDegreesOfFreedom, "\(name): df")

        let reference = c.referenceCoefficients
        for j in 0..<c.responseCount {
            let coefficients = solution.coefficients.column(j)
            #expect(sameNaNs(coefficients, reference.column(j)), "\(name): NaN exactly where lm gives NA")
            let error = normwiseRelativeError(coefficients, reference.column(j))
            #expect(error <= tolerance, "\(name): coefficients of response \(j), error \(error)")
            let rss = solution.residualSumOfSquares[j]
            #expect(abs(rss - c.residualSumOfSquares[j])
                    <= rssTolerance(reference: c.residualSumOfSquares[j], response: c.responseMatrix.column(j), relative: tolerance),
                    "\(name): RSS \(rss) vs lm's \(c.residualSumOfSquares[j])")
        }

        let covariance = solution.unscaledCovariance
        #expect(sameNaNs(covariance.elements, c.referenceCovariance.elements), "\(name): NaN rows of aliased columns")
        let covarianceError = normwiseRelativeError(covariance.elements, c.referenceCovariance.elements)
        #expect(covarianceError <= tolerance, "\(name): cov.unscaled error \(covarianceError)")
    }

    /// Fitted means and x₀ᵀ(X₁ᵀX₁)⁻¹x₀ at new points, as predict.lm gives
    /// them (se.fit² / σ²), aliased columns left out.
    @Test(arguments: names)
    func predictsAsLm(_ name: String) throws {
        let c = try Fixtures.leastSquaresCase(name, file: "aliasing.json")
        let solution = try LeastSquares.solve(design: c.designMatrix, responses: c.responseMatrix)
        let m = try #require(c.newPointCount)
        let points = Matrix(rows: c.columns, columns: m, columnMajor: try #require(c.newPoints))
        let reference = try #require(c.predictions).map { $0 ?? .nan }
        let predictions = solution.predictions(at: points)
        #expect(predictions.rows == m && predictions.columns == c.responseCount)
        for j in 0..<c.responseCount {
            let error = normwiseRelativeError(predictions.column(j), Array(reference[(j * m)..<((j + 1) * m)]))
            #expect(error <= max(c.relativeTolerance, 1e-13), "\(name): predictions of response \(j), error \(error)")
        }
        let variance = solution.unscaledPredictionVariance(at: points)
        for (i, expected) in try #require(c.unscaledPredictionVariance).enumerated() {
            guard let expected else { continue }  // lm has no σ when n = rank
            #expect(abs(variance[i] - expected) <= max(c.relativeTolerance, 1e-13) * expected,
                    "\(name): variance factor at point \(i): \(variance[i]) vs \(expected)")
        }
    }

    /// n ≤ p: an exact fit on the first n independent columns, RSS 0, no
    /// residual degrees of freedom; a defined answer, not a crash.
    @Test func fewerRowsThanColumnsIsExact() throws {
        let design = Matrix(columns: [[1, 1], [1, 2], [1, 4]])
        let solution = try LeastSquares.solve(design: design, responses: Matrix(columns: [[3, 5]]))
        #expect(solution.rank == 2)
        #expect(solution.residualDegreesOfFreedom == 0)
        #expect(solution.residualSumOfSquares == [0])
        #expect(solution.residualVariance[0].isNaN)
        #expect(abs(solution.coefficients[0, 0] - 1) <= 1e-14 && abs(solution.coefficients[1, 0] - 2) <= 1e-14)
        #expect(solution.coefficients[2, 0].isNaN)
        #expect(solution.reciprocalCondition == 0, "no R of the whole design when n < p")
    }

    /// A design with no usable column: nothing fitted, the residuals are y.
    @Test func rankZero() throws {
        let design = Matrix(rows: 4, columns: 2)
        let solution = try LeastSquares.solve(design: design, responses: Matrix(columns: [[1, 2, 2, 0]]))
        #expect(solution.rank == 0)
        #expect(solution.aliased == [true, true])
        #expect(solution.residualDegreesOfFreedom == 4)
        #expect(solution.residualSumOfSquares == [9])
        #expect(solution.coefficients.elements.allSatisfy { $0.isNaN })
        #expect(solution.unscaledCovariance.elements.allSatisfy { $0.isNaN })
    }

    /// Zero responses still factor the design: rank and covariance, no fits.
    @Test func noResponses() throws {
        let design = Matrix(columns: [[1, 1, 1], [-1, 0, 1]])
        let solution = try LeastSquares.solve(design: design, responses: Matrix(rows: 3, columns: 0))
        #expect(solution.rank == 2)
        #expect(solution.coefficients.rows == 2 && solution.coefficients.columns == 0)
        #expect(solution.residualSumOfSquares.isEmpty)
        #expect(normwiseRelativeError(solution.unscaledCovariance.elements, [1.0 / 3, 0, 0, 0.5]) <= 1e-15)
    }

    /// All-zero responses: zero coefficients and RSS, the design still factored.
    @Test func zeroResponses() throws {
        let design = Matrix(columns: [[1, 1, 1], [-1, 0, 1]])
        let solution = try LeastSquares.solve(design: design, responses: Matrix(rows: 3, columns: 2))
        #expect(solution.coefficients.elements == [0, 0, 0, 0])
        #expect(solution.residualSumOfSquares == [0, 0])
        #expect(normwiseRelativeError(solution.unscaledCovariance.elements, [1.0 / 3, 0, 0, 0.5]) <= 1e-15)
    }

    @Test func noRowsAtAll() throws {
        let solution = try LeastSquares.solve(design: Matrix(rows: 0, columns: 2), responses: Matrix(rows: 0, columns: 3))
        #expect(solution.rank == 0)
        #expect(solution.residualDegreesOfFreedom == 0)
        #expect(solution.residualSumOfSquares == [0, 0, 0])
    }

    /// An exactly singular R (dgels info > 0) goes to the rank-revealing path.
    @Test func exactlySingularDesign() throws {
        let design = Matrix(columns: [[1, 1, 1, 1], [0, 0, 0, 0], [1, 2, 3, 4]])
        let solution = try LeastSquares.solve(design: design, responses: Matrix(columns: [[2, 4, 6, 8]]))
        #expect(solution.aliased == [false, true, false])
        #expect(abs(solution.coefficients[0, 0]) <= 1e-14)
        #expect(abs(solution.coefficients[2, 0] - 2) <= 1e-14)
    }

    @Test func nonFiniteInputIsRejected() {
        let design = Matrix(columns: [[1, 1, 1], [1, 2, 3]])
        #expect(throws: LinearAlgebraError.nonFiniteInput) {
            try LeastSquares.solve(design: design, responses: Matrix(columns: [[1, .nan, 3]]))
        }
        #expect(throws: LinearAlgebraError.nonFiniteInput) {
            try LeastSquares.solve(design: design, responses: Matrix(columns: [[1, 2, 3], [1, .infinity, 3]]))
        }
        var broken = design
        broken[1, 1] = -.infinity
        #expect(throws: LinearAlgebraError.nonFiniteInput) {
            try LeastSquares.solve(design: broken, responses: Matrix(columns: [[1, 2, 3]]))
        }
    }

    @Test func mismatchedShapesAreRejected() {
        let design = Matrix(columns: [[1, 1, 1], [1, 2, 3]])
        let error = #expect(throws: LinearAlgebraError.self) {
            try LeastSquares.solve(design: design, responses: Matrix(columns: [[1, 2, 3, 4]]))
        }
        guard case .dimensionMismatch = error else {
            Issue.record("expected .dimensionMismatch, got \(String(describing: error))")
            return
        }
    }

    /// Aliasing follows lm's per-column rule, not the rcond of the whole R:
    /// raw years make R ill conditioned (rcond below 1e-7) yet all columns stay.
    @Test func illConditionedButFullRankKeepsEveryColumn() throws {
        let c = try Fixtures.leastSquaresCase("raw-year-quadratic", file: "aliasing.json")
        let solution = try LeastSquares.solve(design: c.designMatrix, responses: c.responseMatrix)
        #expect(solution.reciprocalCondition < 1e-7)
        #expect(solution.rank == 3)
    }

    /// A looser tolerance aliases more, as lm(tol =) does.
    @Test func toleranceDecidesNearCollinearity() throws {
        let x: [Double] = (1...10).map(Double.init)
        let design = Matrix(columns: [[Double](repeating: 1, count: 10), x, x.map { $0 + 1e-5 * sin($0) }])
        let y = Matrix(columns: [x.map { 2 + 3 * $0 }])
        #expect(try LeastSquares.solve(design: design, responses: y).rank == 3)
        #expect(try LeastSquares.solve(design: design, responses: y, tolerance: 1e-4).rank == 2)
    }
}
