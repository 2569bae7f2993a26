import Foundation
import LinearAlgebra
import Optimization
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Levenberg–Marquardt against scipy.optimize.least_squares(method="lm") on
/// the problems of `Fixtures/make-levenberg-marquardt.py`.
@Suite struct LevenbergMarquardtTests {
    struct Problem: Decodable {
        let name: String
        let start: [Double]
        let t: [Double]?
        let y: [Double]?
        let point: [Double]
        let rss: Double
        let covariance: [[Double]]?
    }

    struct Reference: Decodable { let problems: [Problem] }

    static let reference: Reference = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("levenberg-marquardt.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()

    static func problem(_ name: String) -> Problem { reference.problems.first { $0.name == name }! }

    /// The residuals of each problem, written as the script writes them.
    static func residuals(_ p: Problem) -> ([Double]) -> [Double] {
        switch p.name {
        case "rosenbrock":
            return { x in [10 * (x[1] - x[0] * x[0]), 1 - x[0]] }
        case "exponential-decay":
            return { x in zip(p.t!, p.y!).map { t, y in x[0] * exp(-x[1] * t) + x[2] - y } }
        case "logistic":
            return { x in zip(p.t!, p.y!).map { t, y in x[0] / (1 + exp(-x[1] * (t - x[2]))) - y } }
        default:
            fatalError("unknown problem \(p.name)")
        }
    }

    /// The analytic Jacobians, to check that a given Jacobian is used as given.
    static func jacobian(_ p: Problem) -> ([Double]) -> Matrix {
        switch p.name {
        case "rosenbrock":
            return { x in Matrix(columns: [[-20 * x[0], -1], [10, 0]]) }
        case "exponential-decay":
            return { x in
                Matrix(columns: [p.t!.map { exp(-x[1] * $0) }, p.t!.map { -x[0] * $0 * exp(-x[1] * $0) }, p.t!.map { _ in 1 }])
            }
        default:
            return { x in
                let e = p.t!.map { exp(-x[1] * ($0 - x[2])) }
                let d = e.map { 1 + $0 }
                return Matrix(columns: [
                    d.map { 1 / $0 },
                    zip(p.t!, zip(e, d)).map { t, ed in x[0] * (t - x[2]) * ed.0 / (ed.1 * ed.1) },
                    zip(e, d).map { e, d in -x[0] * x[1] * e / (d * d) },
                ])
            }
        }
    }

    static let names = ["rosenbrock", "exponential-decay", "logistic"]

    func relative(_ a: Double, _ b: Double) -> Double { abs(a - b) / max(abs(b), 1e-300) }

    func check(_ result: NonlinearLeastSquaresResult, against p: Problem, pointTolerance: Double, covarianceTolerance: Double) throws {
        #expect(result.converged, "\(p.name): did not converge")
        let pointError = zip(result.point, p.point).map { abs($0 - $1) / max(abs($1), 1) }.max()!
        #expect(pointError <= pointTolerance, "\(p.name): point \(result.point) vs scipy \(p.point)")
        // S is at a minimum: first-order changes vanish, so it agrees more closely than θ.
        if p.rss > 0 {
            #expect(relative(result.residualSumOfSquares, p.rss) <= 1e-10, "\(p.name): RSS \(result.residualSumOfSquares) vs \(p.rss)")
        } else {
            #expect(result.residualSumOfSquares <= 1e-20)
        }
        if let expected = p.covariance {
            let unscaled = try result.unscaledCovariance()
            let sigma2 = result.residualSumOfSquares / Double(result.residualDegreesOfFreedom)
            for i in expected.indices {
                for j in expected.indices {
                    let error = abs(sigma2 * unscaled[i, j] - expected[i][j]) / (expected[i][i] * expected[j][j]).squareRoot()
                    #expect(error <= covarianceTolerance, "\(p.name): covariance (\(i), \(j))")
                }
            }
        }
        print("LM \(p.name): point error \(pointError), iterations \(result.iterations), evaluations \(result.evaluations)")
    }

    @Test(arguments: names)
    func analyticJacobianMatchesScipy(name: String) throws {
        let p = Self.problem(name)
        let result = try LevenbergMarquardt().minimize(from: p.start, jacobian: Self.jacobian(p), residuals: Self.residuals(p))
        try check(result, against: p, pointTolerance: 1e-8, covarianceTolerance: 1e-7)
    }

    @Test(arguments: names)
    func centralDifferencesMatchScipy(name: String) throws {
        let p = Self.problem(name)
        let result = try LevenbergMarquardt(differences: .central).minimize(from: p.start, residuals: Self.residuals(p))
        try check(result, against: p, pointTolerance: 1e-7, covarianceTolerance: 1e-5)
    }

    @Test(arguments: names)
    func forwardDifferencesMatchScipy(name: String) throws {
        let p = Self.problem(name)
        let result = try LevenbergMarquardt(differences: .forward).minimize(from: p.start, residuals: Self.residuals(p))
        try check(result, against: p, pointTolerance: 1e-6, covarianceTolerance: 1e-4)
    }

    @Test func nonFiniteStartThrows() {
        #expect(throws: LevenbergMarquardtError.nonFiniteStart) {
            try LevenbergMarquardt().minimize(from: [0]) { x in [log(x[0])] }
        }
    }

    /// A residual that ignores a parameter gives a zero Jacobian column: the
    /// step leaves that parameter where it started and the fit still converges.
    @Test func ignoredParameterStaysPut() throws {
        let result = try LevenbergMarquardt().minimize(from: [0, 7]) { x in [x[0] - 3, 2 * x[0] - 6.5] }
        #expect(abs(result.point[0] - 3.2) < 1e-9)
        #expect(result.point[1] == 7)
        #expect(result.converged)
    }

    /// Points where the residuals are not finite are rejected, not taken.
    @Test func nonFiniteTrialPointsAreRejected() throws {
        // √x − 2 (x ≥ 0): a full Gauss–Newton step from 0.01 lands below 0.
        let result = try LevenbergMarquardt(initialDamping: 1e-12).minimize(from: [0.01]) { x in [x[0] < 0 ? .nan : x[0].squareRoot() - 2, 0.1 * (x[0] - 4)] }
        #expect(abs(result.point[0] - 4) < 1e-9)
        #expect(result.converged)
    }
}
