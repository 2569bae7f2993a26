import Testing
@testable import Probability

struct RegularizedIncompleteBetaTests {
    /// scipy.special.betainc / betaincc for a, b ∈ {¼, ½, 1, 2.5, 10, 100, 10⁴, 10⁶}, x ∈ [10⁻¹⁰, 1 − 10⁻¹⁰].
    @Test func matchesScipy() throws {
        let records = try ReferenceTable.records("incomplete-beta.csv")
        try #require(records.count > 800)
        var worst = WorstErrors()
        for fields in records {
            let numbers = try fields.map { try #require(Double($0)) }
            let (a, b, x) = (numbers[0], numbers[1], numbers[2])
            let result = RegularizedIncompleteBeta.evaluate(x: x, oneMinusX: 1 - x, a: a, b: b)
            let row = "I_\(x)(\(a), \(b))"
            // Condition number of I in x is x·I′/I; the fixture's x is exact, so only our own rounding counts.
            let scale = max(a, b) >= 1e4 ? 1e-10 : 1e-12
            for (value, reference, name) in [(result.value, numbers[3], "value"), (result.complement, numbers[4], "complement")]
            where reference >= 1e-300 {
                let error = relativeError(value, reference)
                worst.record(max(a, b) >= 1e4 ? "\(name) (max(a,b) ≥ 10⁴)" : name, error, row)
                #expect(error <= scale, "\(row) \(name): \(value) vs \(reference)")
            }
        }
        worst.report("RegularizedIncompleteBeta")
    }

    @Test func edgeCases() {
        #expect(RegularizedIncompleteBeta.value(x: 0, a: 2, b: 3) == 0)
        #expect(RegularizedIncompleteBeta.value(x: 1, a: 2, b: 3) == 1)
        #expect(RegularizedIncompleteBeta.complement(x: 1, a: 2, b: 3) == 0)
        #expect(abs(RegularizedIncompleteBeta.value(x: 0.3, a: 1, b: 1) - 0.3) <= 1e-16)
        for (x, a, b) in [(0.5, 0.0, 1.0), (0.5, 1, -1), (-0.1, 1, 1), (1.1, 1, 1), (.nan, 1, 1), (0.5, .nan, 1)] {
            #expect(RegularizedIncompleteBeta.value(x: x, a: a, b: b).isNaN)
        }
    }
}
