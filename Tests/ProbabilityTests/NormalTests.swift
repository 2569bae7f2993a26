import Testing
@testable import Probability

struct NormalTests {
    /// scipy.stats.norm over z ∈ [−37, 37] and p ∈ [10⁻³⁰⁰, 1 − 10⁻¹⁶]; values below 10⁻³⁰⁰ are not compared.
    @Test func matchesScipy() throws {
        let rows = try ReferenceTable.distributionRows().filter { $0.distribution == "normal" }
        try #require(rows.count > 1000)
        let normal = Normal()
        let tolerance: [String: Double] = ["cdf": 1e-12, "sf": 1e-12, "ppf": 1e-12, "pdf": 1e-13, "logpdf": 1e-14]
        var worst = WorstErrors()
        for row in rows where abs(row.reference) >= 1e-300 {
            let value: Double
            switch row.function {
            case "cdf": value = normal.cdf(row.argument)
            case "sf": value = normal.survival(row.argument)
            case "pdf": value = normal.density(row.argument)
            case "logpdf": value = normal.logDensity(row.argument)
            case "ppf": value = normal.quantile(row.argument)
            default: Issue.record("unknown function in \(row)"); continue
            }
            let error = relativeError(value, row.reference)
            worst.record(row.function, error, row)
            #expect(error <= tolerance[row.function]!, "\(row): got \(value)")
        }
        worst.report("Normal")
    }

    @Test func locationAndScale() {
        let normal = Normal(mean: 2100, standardDeviation: 35)
        #expect(normal.cdf(2100) == 0.5)
        #expect(relativeError(normal.cdf(2030), Normal().cdf(-2)) <= 1e-15)
        #expect(relativeError(normal.survival(2170), Normal().survival(2)) <= 1e-15)
        #expect(relativeError(normal.density(2135), Normal().density(1) / 35) <= 1e-15)
        #expect(abs(normal.quantile(0.975) - (2100 + 35 * Normal().quantile(0.975))) <= 1e-12)
    }

    /// quantile(cdf(z)) = z in the lower tail, where p = cdf(z) carries full information.
    @Test func quantileInvertsCdf() {
        let normal = Normal()
        for k in 1...370 {
            let z = -Double(k) / 10
            let back = normal.quantile(normal.cdf(z))
            #expect(relativeError(back, z) <= 1e-13, "z = \(z): \(back)")
        }
        for k in 0...50 {
            let z = Double(k) / 10
            let back = normal.quantile(normal.cdf(z))
            // p = cdf(z) is rounded to ½ ulp(1); dz = dp / φ(z).
            #expect(abs(back - z) <= 2e-16 / normal.density(z), "z = \(z): \(back)")
        }
    }

    @Test func monotone() {
        let normal = Normal()
        var previous = (cdf: 0.0, survival: 1.0)
        for k in -4000...4000 {
            let z = Double(k) / 100
            let cdf = normal.cdf(z), survival = normal.survival(z)
            #expect(cdf >= previous.cdf && survival <= previous.survival, "at z = \(z)")
            previous = (cdf, survival)
        }
        var previousQuantile = -Double.infinity
        for k in 1..<2000 {
            let quantile = normal.quantile(Double(k) / 2000)
            #expect(quantile > previousQuantile)
            previousQuantile = quantile
        }
    }

    @Test func symmetry() {
        let normal = Normal()
        for k in 1..<64 {
            let p = Double(k) / 128
            #expect(normal.quantile(1 - p) == -normal.quantile(p))
        }
        for k in 2...53 {
            let p = Double(sign: .plus, exponent: -k, significand: 1)
            #expect(normal.quantile(1 - p) == -normal.quantile(p))
        }
    }

    @Test func edgeCases() {
        let normal = Normal()
        #expect(normal.cdf(-.infinity) == 0 && normal.cdf(.infinity) == 1)
        #expect(normal.survival(-.infinity) == 1 && normal.survival(.infinity) == 0)
        #expect(normal.density(.infinity) == 0 && normal.density(-.infinity) == 0)
        #expect(normal.logDensity(.infinity) == -.infinity)
        #expect(normal.cdf(0) == 0.5 && normal.survival(0) == 0.5)
        #expect(normal.quantile(0) == -.infinity && normal.quantile(1) == .infinity)
        #expect(normal.quantile(0.5) == 0)
        for p in [-0.1, 1.1, -.infinity, .infinity, .nan] {
            #expect(normal.quantile(p).isNaN, "quantile(\(p))")
        }
        #expect(normal.cdf(.nan).isNaN && normal.survival(.nan).isNaN)
        #expect(normal.density(.nan).isNaN && normal.logDensity(.nan).isNaN)
        let invalid = [
            Normal(mean: 0, standardDeviation: 0), Normal(mean: 0, standardDeviation: -1),
            Normal(mean: 0, standardDeviation: .nan), Normal(mean: 0, standardDeviation: .infinity),
            Normal(mean: .nan, standardDeviation: 1), Normal(mean: .infinity, standardDeviation: 1),
        ]
        for distribution in invalid {
            #expect(!distribution.isValid)
            #expect(distribution.cdf(1).isNaN && distribution.survival(1).isNaN)
            #expect(distribution.density(1).isNaN && distribution.logDensity(1).isNaN)
            #expect(distribution.quantile(0.5).isNaN && distribution.quantile(0).isNaN)
        }
    }
}
