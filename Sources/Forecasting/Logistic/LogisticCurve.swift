import LinearAlgebra

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// μ(a, b) = C p, p = 1/(1 + exp(−(a + b x))), at fixed offsets x = t − t̄:
/// the values, Jacobian and start that `LogisticGrowth` fits with.
struct LogisticCurve {
    let cap: Double
    let offsets: [Double]

    /// p = 1/(1 + e^{−η}), written so that neither branch overflows.
    static func probability(_ eta: Double) -> Double {
        eta >= 0 ? 1 / (1 + exp(-eta)) : exp(eta) / (1 + exp(eta))
    }

    /// C p(tᵢ) for each offset.
    func values(_ theta: [Double]) -> [Double] {
        offsets.map { cap * Self.probability(theta[0] + theta[1] * $0) }
    }

    /// ∂μᵢ/∂(a, b) = C pᵢ(1 − pᵢ)·(1, xᵢ), n × 2.
    func jacobian(_ theta: [Double]) -> Matrix {
        let slope = offsets.map { x in
            let p = Self.probability(theta[0] + theta[1] * x)
            return cap * p * (1 - p)
        }
        return Matrix(columns: [slope, zip(slope, offsets).map { $0 * $1 }])
    }

    /// The least-squares line of the empirical logit log((y + ½)/(C − y + ½)) on x.
    func empiricalLogitStart(_ values: [Double]) throws -> [Double] {
        let z = values.map { log(($0 + 0.5) / (cap - $0 + 0.5)) }
        let design = Matrix(columns: [offsets.map { _ in 1 }, offsets])
        let solution = try LeastSquares.solve(design: design, responses: Matrix(columns: [z]))
        return solution.coefficients(ofResponse: 0).map { $0.isNaN ? 0 : $0 }
    }

    /// Whether the fitted curve still bends somewhere over the data: a curve
    /// whose slope C p(1 − p) is below 10⁻⁸·C at every observation is a
    /// step, what least squares runs towards when the data jump from 0 to C.
    func bendsWithin(_ theta: [Double]) -> Bool {
        jacobian(theta).column(0).contains { $0 > 1e-8 * cap }
    }
}
