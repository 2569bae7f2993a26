import Foundation
import Testing
@testable import Probability

struct StudentTTests {
    /// scipy.stats.t for ν ∈ {0.5, 1, 1.5, 2, 3, 5, 10, 30, 100, 10³, 10⁶, 10¹⁰, ∞}, |t| up to 10²⁰⁰,
    /// p ∈ [10⁻¹², 1 − 10⁻¹²], and ν = 1…40 at everyday p; values below 10⁻³⁰⁰ are not compared.
    @Test func matchesScipy() throws {
        let rows = try ReferenceTable.distributionRows().filter { $0.distribution == "t" }
        try #require(rows.count > 2000)
        let tolerance: [String: Double] = ["cdf": 1e-12, "sf": 1e-12, "ppf": 1e-12, "pdf": 1e-12, "logpdf": 1e-13]
        var worst = WorstErrors()
        for row in rows where abs(row.reference) >= 1e-300 {
            let nu = try #require(row.degreesOfFreedom)
            let t = StudentT(degreesOfFreedom: nu)
            let value: Double
            switch row.function {
            case "cdf": value = t.cdf(row.argument)
            case "sf": value = t.survival(row.argument)
            case "pdf": value = t.density(row.argument)
            case "logpdf": value = t.logDensity(row.argument)
            case "ppf": value = t.quantile(row.argument)
            default: Issue.record("unknown function in \(row)"); continue
            }
            var error = relativeError(value, row.reference)
            if row.function == "logpdf" { error = abs(value - row.reference) / max(1, abs(row.reference)) }
            worst.record(row.function, error, row)
            let isEveryday = row.function == "ppf" && nu <= 40 && (0.005...0.995).contains(row.argument)
            worst.record("\(row.function)\(isEveryday ? " (ν ≤ 40, p in [0.005, 0.995])" : "")", error, row)
            #expect(error <= (isEveryday ? 1e-13 : tolerance[row.function]!), "\(row): got \(value)")
        }
        worst.report("StudentT")
    }

    /// quantile(cdf(t)) = t for t ≤ 0, where p = cdf(t) carries full information.
    @Test(arguments: [0.1, 0.5, 1, 1.5, 2, 3, 4.5, 10, 30, 1e3, 1e10])
    func quantileInvertsCdf(nu: Double) {
        let distribution = StudentT(degreesOfFreedom: nu)
        for k in 1...120 {
            let x = -Double(k) / 4
            let p = distribution.cdf(x)
            guard p > 1e-300 else { continue }
            let back = distribution.quantile(p)
            #expect(relativeError(back, x) <= 1e-12, "ν = \(nu), x = \(x): \(back)")
        }
    }

    /// Far below the fixture's 10⁻¹²: cdf(quantile(p)) = p for p down to 10⁻³⁰⁰.
    @Test(arguments: [1.5, 3, 10, 1e3, 1e6, 1e10])
    func deepTailQuantile(nu: Double) {
        let distribution = StudentT(degreesOfFreedom: nu)
        for exponent in stride(from: 20, through: 300, by: 20) {
            let p = pow(10, -Double(exponent))
            let back = distribution.cdf(distribution.quantile(p))
            #expect(relativeError(back, p) <= 1e-11, "ν = \(nu), p = \(p): cdf(quantile) = \(back)")
        }
    }

    /// For ν < 1 the quantile can lie beyond the largest double: it is then ±∞ (checked
    /// with mpmath: P(T > 1.8·10³⁰⁸) ≈ 0.25 at ν = 0.001 and ≈ 10⁻³¹ at ν = 0.1).
    @Test func quantileBeyondTheLargestDouble() {
        #expect(StudentT(degreesOfFreedom: 0.001).quantile(0.025) == -.infinity)
        #expect(StudentT(degreesOfFreedom: 0.001).quantile(0.9) == .infinity)
        #expect(StudentT(degreesOfFreedom: 0.1).quantile(1e-300) == -.infinity)
        let finite = StudentT(degreesOfFreedom: 0.1).quantile(0.025)
        #expect(finite.isFinite && relativeError(StudentT(degreesOfFreedom: 0.1).cdf(finite), 0.025) <= 1e-13)
    }

    @Test(arguments: [0.5, 1, 2, 3, 7.5, 30, 1e6])
    func monotone(nu: Double) {
        let distribution = StudentT(degreesOfFreedom: nu)
        var previous = (cdf: 0.0, survival: 1.0)
        for k in -3000...3000 {
            let x = Double(k) / 100
            let cdf = distribution.cdf(x), survival = distribution.survival(x)
            #expect(cdf >= previous.cdf && survival <= previous.survival, "ν = \(nu) at x = \(x)")
            previous = (cdf, survival)
        }
        var previousQuantile = -Double.infinity
        for k in 1..<1000 {
            let quantile = distribution.quantile(Double(k) / 1000)
            #expect(quantile > previousQuantile, "ν = \(nu) at p = \(Double(k) / 1000)")
            previousQuantile = quantile
        }
    }

    /// quantile(1 − p) = −quantile(p) bit for bit when 1 − p is a double.
    @Test(arguments: [0.5, 1, 2, 3, 7.5, 30, 1e10, .infinity])
    func symmetry(nu: Double) {
        let distribution = StudentT(degreesOfFreedom: nu)
        var probabilities = (1..<64).map { Double($0) / 128 }
        probabilities += (2...40).map { Double(sign: .plus, exponent: -$0, significand: 1) }
        for p in probabilities {
            #expect(distribution.quantile(1 - p) == -distribution.quantile(p), "ν = \(nu), p = \(p)")
            #expect(distribution.cdf(-distribution.quantile(p)) == distribution.survival(distribution.quantile(p)))
        }
    }

    /// ν = ∞ is the standard normal; ν = 10¹² is within 10⁻¹¹ of it in the centre.
    @Test func normalLimit() {
        let limit = StudentT(degreesOfFreedom: .infinity), normal = Normal()
        for x in [-30.0, -3, -1, 0, 0.5, 2, 8] {
            #expect(limit.cdf(x) == normal.cdf(x) && limit.density(x) == normal.density(x))
            #expect(limit.logDensity(x) == normal.logDensity(x))
        }
        for p in [1e-300, 0.025, 0.5, 0.975] { #expect(limit.quantile(p) == normal.quantile(p)) }
        let large = StudentT(degreesOfFreedom: 1e12)
        for x in [-3.0, -1, 0.5, 2] { #expect(abs(large.cdf(x) - normal.cdf(x)) <= 1e-11) }
    }

    @Test func closedForms() {
        let cauchy = StudentT(degreesOfFreedom: 1)
        #expect(abs(cauchy.cdf(1) - 0.75) <= 1e-16 && abs(cauchy.cdf(-1) - 0.25) <= 1e-16)
        #expect(abs(cauchy.quantile(0.75) - 1) <= 4e-16)
        let two = StudentT(degreesOfFreedom: 2)
        // F(t) = ½ + t/(2√(2 + t²)): F(1) = ½ + 1/(2√3).
        #expect(abs(two.cdf(1) - (0.5 + 0.5 / 3.0.squareRoot())) <= 1e-16)
    }

    @Test func edgeCases() {
        for nu in [0.5, 1, 2, 3, 1e10, .infinity] {
            let t = StudentT(degreesOfFreedom: nu)
            #expect(t.isValid)
            #expect(t.cdf(-.infinity) == 0 && t.cdf(.infinity) == 1, "ν = \(nu)")
            #expect(t.survival(-.infinity) == 1 && t.survival(.infinity) == 0)
            #expect(t.cdf(0) == 0.5 && t.survival(0) == 0.5)
            #expect(t.density(.infinity) == 0 && t.logDensity(-.infinity) == -.infinity)
            #expect(t.quantile(0) == -.infinity && t.quantile(1) == .infinity && t.quantile(0.5) == 0)
            for p in [-0.1, 1.1, -.infinity, .infinity, .nan] { #expect(t.quantile(p).isNaN) }
            #expect(t.cdf(.nan).isNaN && t.survival(.nan).isNaN)
            #expect(t.density(.nan).isNaN && t.logDensity(.nan).isNaN)
        }
        for nu in [0.0, -1, -.infinity, .nan] {
            let t = StudentT(degreesOfFreedom: nu)
            #expect(!t.isValid)
            #expect(t.cdf(1).isNaN && t.survival(1).isNaN && t.cdf(.infinity).isNaN)
            #expect(t.density(1).isNaN && t.logDensity(1).isNaN)
            #expect(t.quantile(0.5).isNaN && t.quantile(0).isNaN && t.quantile(1).isNaN)
        }
    }
}
