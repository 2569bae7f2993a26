import Testing
import LinearAlgebra

/// Full-rank designs against the 50-digit mpmath reference of
/// make-least-squares.py: B = (XᵀX)⁻¹XᵀY, RSS, (XᵀX)⁻¹.
@Suite("Least squares on full-rank designs")
struct LeastSquaresReferenceTests {
    static let names = ["intercept-centred-trend", "quadratic-trend", "random-30x5", "vandermonde-degree-7", "tall-200x4"]

    @Test(arguments: names)
    func matchesReference(_ name: String) throws {
        let c = try Fixtures.leastSquaresCase(name)
        let solution = try LeastSquares.solve(design: c.designMatrix, responses: c.responseMatrix)
        let tolerance = c.relativeTolerance

        #expect(solution.rank == c.columns)
        #expect(solution.aliased == [Bool](repeating: false, count: c.columns))
        #expect(solution.residualDegreesOfFreedom == c.rows - c.columns)
        #expect(solution.reciprocalCondition >= 1e-7)

        let reference = c.referenceCoefficients
        for j in 0..<c.responseCount {
            let error = normwiseRelativeError(solution.coefficients.column(j), reference.column(j))
            #expect(error <= tolerance, "\(name): coefficients of response \(j), error \(error)")

            let y = c.responseMatrix.column(j)
            let rssError = abs(solution.residualSumOfSquares[j] - c.residualSumOfSquares[j])
            #expect(rssError <= rssTolerance(reference: c.residualSumOfSquares[j], response: y, relative: tolerance),
                    "\(name): RSS of response \(j): \(solution.residualSumOfSquares[j]) vs \(c.residualSumOfSquares[j])")
        }

        let covarianceError = normwiseRelativeError(solution.unscaledCovariance.elements, c.referenceCovariance.elements)
        #expect(covarianceError <= tolerance, "\(name): (XᵀX)⁻¹ error \(covarianceError)")
        #expect(solution.unscaledCovariance == solution.unscaledCovariance.transposed(), "exactly symmetric")
    }

    /// x₀ᵀ(XᵀX)⁻¹x₀ from the triangular solve equals the quadratic form of
    /// the covariance on well-conditioned designs; at the design's own rows
    /// it is the leverage, which sums to p (the trace of the hat matrix).
    @Test(arguments: ["intercept-centred-trend", "quadratic-trend", "random-30x5", "tall-200x4"])
    func predictionVarianceIsTheQuadraticForm(_ name: String) throws {
        let c = try Fixtures.leastSquaresCase(name)
        let solution = try LeastSquares.solve(design: c.designMatrix, responses: c.responseMatrix)
        let points = c.designMatrix.transposed()
        let leverages = solution.unscaledPredictionVariance(at: points)
        let viaCovariance = c.referenceCovariance.quadraticForms(points)
        #expect(normwiseRelativeError(leverages, viaCovariance) <= 1e-13)
        #expect(abs(leverages.reduce(0, +) - Double(c.columns)) <= 1e-12 * Double(c.columns))
    }

    /// The well-conditioned cases reach far tighter than the stated 1e-12.
    @Test func wellConditionedCasesAreNearMachinePrecision() throws {
        let c = try Fixtures.leastSquaresCase("intercept-centred-trend")
        let solution = try LeastSquares.solve(design: c.designMatrix, responses: c.responseMatrix)
        #expect(normwiseRelativeError(solution.coefficients.elements, c.referenceCoefficients.elements) <= 1e-14)
        #expect(normwiseRelativeError(solution.unscaledCovariance.elements, c.referenceCovariance.elements) <= 1e-14)
    }

    /// One call with N responses gives what N calls with one response give.
    @Test(arguments: names)
    func batchEqualsSingleSolves(_ name: String) throws {
        let c = try Fixtures.leastSquaresCase(name)
        let batch = try LeastSquares.solve(design: c.designMatrix, responses: c.responseMatrix)
        for j in 0..<c.responseCount {
            let y = Matrix(columns: [c.responseMatrix.column(j)])
            let single = try LeastSquares.solve(design: c.designMatrix, responses: y)
            #expect(normwiseRelativeError(batch.coefficients.column(j), single.coefficients.column(0)) <= 1e-12)
            #expect(abs(batch.residualSumOfSquares[j] - single.residualSumOfSquares[0])
                    <= rssTolerance(reference: single.residualSumOfSquares[0], response: y.column(0), relative: 1e-12))
            #expect(batch.unscaledCovariance == single.unscaledCovariance)
        }
    }

    /// Many series of 12 yearly points on one trend design, as Forecasting
    /// fits them: the batch equals the per-series fits.
    @Test func thousandTrendSeriesInOneCall() throws {
        let years = (0..<12).map { Double($0) - 5.5 }
        let design = Matrix(columns: [[Double](repeating: 1, count: 12), years])
        var generator = SplitMix64(seed: 2014)
        let seriesCount = 1000
        let responses = Matrix(columns: (0..<seriesCount).map { _ in
            let level = generator.uniform(in: 10...1000), slope = generator.uniform(in: -20...20)
            return years.map { level + slope * $0 + generator.uniform(in: -5...5) }
        })
        let batch = try LeastSquares.solve(design: design, responses: responses)
        #expect(batch.coefficients.rows == 2 && batch.coefficients.columns == seriesCount)
        #expect(batch.residualSumOfSquares.count == seriesCount)
        for j in stride(from: 0, to: seriesCount, by: 37) {
            let single = try LeastSquares.solve(design: design, responses: Matrix(columns: [responses.column(j)]))
            #expect(normwiseRelativeError(batch.coefficients.column(j), single.coefficients.column(0)) <= 1e-12)
            #expect(abs(batch.residualSumOfSquares[j] - single.residualSumOfSquares[0])
                    <= 1e-12 * single.residualSumOfSquares[0])
        }
        // The centred design is orthogonal: (XᵀX)⁻¹ = diag(1/12, 1/Σc²) with Σc² = 143.
        let covariance = batch.unscaledCovariance
        #expect(abs(covariance[0, 0] - 1.0 / 12) <= 1e-15)
        #expect(abs(covariance[1, 1] - 1.0 / 143) <= 1e-16)
        #expect(abs(covariance[0, 1]) <= 1e-17)
    }

    /// Powers of two far outside LAPACK's safe range: dgels would rescale
    /// internally and return R scaled; the solver rescales exactly itself.
    @Test func extremeMagnitudes() throws {
        let c = try Fixtures.leastSquaresCase("random-30x5")
        let huge = 0x1p975
        let scaledDesign = Matrix(rows: c.rows, columns: c.columns, columnMajor: c.design.map { $0 * huge })
        let plain = try LeastSquares.solve(design: c.designMatrix, responses: c.responseMatrix)
        let scaled = try LeastSquares.solve(design: scaledDesign, responses: c.responseMatrix)
        #expect(scaled.rank == 5)
        #expect(normwiseRelativeError(scaled.coefficients.elements.map { $0 * huge }, plain.coefficients.elements) <= 1e-14)
        #expect(normwiseRelativeError(scaled.residualSumOfSquares, plain.residualSumOfSquares) <= 1e-13)
        // (XᵀX)⁻¹ scales by 2⁻¹⁹⁵⁰: it underflows to zero, and must not come back huge.
        #expect(scaled.unscaledCovariance.elements.allSatisfy { $0.isFinite && abs($0) < 1e-300 })
        // x₀ᵀ(XᵀX)⁻¹x₀ does not depend on the scale: R must have been unscaled too.
        let plainVariance = plain.unscaledPredictionVariance(at: c.designMatrix.transposed())
        let scaledVariance = scaled.unscaledPredictionVariance(at: scaledDesign.transposed())
        #expect(normwiseRelativeError(scaledVariance, plainVariance) <= 1e-13)
    }
}

/// A small deterministic generator, so that the batch test needs no fixture.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * Double(next() >> 11) * 0x1p-53
    }
}
