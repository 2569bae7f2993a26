import Foundation
import Optimization
import Testing

/// Nelder–Mead and BFGS follow R's `optim` step for step, so on the same
/// problem from the same start they stop at the same point. The reference
/// runs are R's, made by Fixtures/make-optim-fixtures.R.
@Suite struct RMatchingTests {
    struct Run {
        var problem: String
        var method: String
        var parscale: [Double]?
        var start: [Double]
        var point: [Double]
        var value: Double
        var functionCount: Int
        var converged: Bool
    }

    static let runs: [Run] = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("optim.csv")
        let lines = try! String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        func numbers(_ field: Substring) -> [Double] { field.split(separator: ";").map { Double($0)! } }
        return lines.map { line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: "\"", with: "")[...] }
            return Run(problem: String(f[0]), method: String(f[1]), parscale: f[2].isEmpty ? nil : numbers(f[2]),
                       start: numbers(f[3]), point: numbers(f[4]), value: Double(f[5])!, functionCount: Int(f[6])!, converged: f[8] == "0")
        }
    }()

    static let problems: [String: @Sendable ([Double]) -> Double] = [
        "rosenbrock": { x in 100 * pow(x[1] - x[0] * x[0], 2) + pow(1 - x[0], 2) },
        "quadratic3": { x in pow(x[0] - 1, 2) + 10 * pow(x[1] + 2, 2) + 100 * pow(x[2] - 3, 2) },
        "beale": { x in
            pow(1.5 - x[0] + x[0] * x[1], 2) + pow(2.25 - x[0] + x[0] * x[1] * x[1], 2) + pow(2.625 - x[0] + x[0] * pow(x[1], 3), 2)
        },
        "bounded": { x in x[0] <= 0 ? .infinity : pow(log(x[0]) - 1, 2) + pow(x[1] - x[0], 2) },
        "powell": { x in
            pow(x[0] + 10 * x[1], 2) + 5 * pow(x[2] - x[3], 2) + pow(x[1] - 2 * x[2], 4) + 10 * pow(x[0] - x[3], 4)
        },
    ]

    @Test(arguments: runs.indices)
    func landsWhereRLands(_ index: Int) throws {
        let run = Self.runs[index]
        let objective = try #require(Self.problems[run.problem])
        let result: OptimizationResult
        if run.method == "Nelder-Mead" {
            result = NelderMead().minimize(from: run.start, objective)
            // Same algorithm, same number of function evaluations.
            #expect(result.evaluations == run.functionCount, "\(run.problem)")
        } else {
            result = BFGS(parameterScale: run.parscale).minimize(from: run.start, objective)
        }
        #expect(result.converged == run.converged, "\(run.problem) \(run.method)")
        for (mine, theirs) in zip(result.point, run.point) {
            #expect(abs(mine - theirs) <= 1e-8 * max(1, abs(theirs)), "\(run.problem) \(run.method): \(result.point) vs R \(run.point)")
        }
        #expect(abs(result.value - run.value) <= 1e-8 * max(1e-8, abs(run.value)) + 1e-20, "\(run.problem) \(run.method): \(result.value) vs R \(run.value)")
    }

    @Test func analyticGradientIsUsed() {
        let result = BFGS().minimize(from: [0, 0, 0], gradient: { x in [2 * (x[0] - 1), 20 * (x[1] + 2), 200 * (x[2] - 3)] }) { x in
            pow(x[0] - 1, 2) + 10 * pow(x[1] + 2, 2) + 100 * pow(x[2] - 3, 2)
        }
        #expect(result.converged)
        #expect(abs(result.point[0] - 1) < 1e-6 && abs(result.point[1] + 2) < 1e-6 && abs(result.point[2] - 3) < 1e-6)
    }

    @Test func rejectedStartIsReported() {
        let result = NelderMead().minimize(from: [-1]) { x in x[0] <= 0 ? .infinity : x[0] }
        #expect(!result.converged)
        #expect(result.value == .infinity)
    }

    @Test func emptyProblem() {
        #expect(NelderMead().minimize(from: []) { _ in 3 }.value == 3)
        #expect(BFGS().minimize(from: []) { _ in 3 }.value == 3)
    }
}
