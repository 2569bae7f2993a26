/// Exact power-of-two rescaling of X and Y into the range where LAPACK's
/// dgels does not rescale them itself.
///
/// dgels scales A (and B) when max|aᵢⱼ| lies outside [smlnum, bignum],
/// smlnum = safe minimum / ε ≈ 2·10⁻²⁹², and undoes the scaling on the p
/// solution rows only: the factor R and the residual rows n − p would come
/// back scaled. Scaling by powers of two ourselves keeps every significand,
/// so results are as if computed on the original data:
///
///     X' = sₓ X, Y' = s_y Y  ⇒  b = (sₓ / s_y) b', RSS = RSS' / s_y²,
///     (XᵀX)⁻¹ = sₓ² (X'ᵀX')⁻¹, R = R' / sₓ.
struct BinaryScaling {
    var design: Double
    var responses: Double

    /// Magnitudes in [2⁻⁴⁰⁰, 2⁴⁰⁰] are left alone (factor 1).
    init(design x: Matrix, responses y: Matrix) {
        design = Self.factor(bringingIntoRange: x.elements)
        responses = Self.factor(bringingIntoRange: y.elements)
    }

    static func factor(bringingIntoRange elements: [Double]) -> Double {
        let largest = elements.reduce(0.0) { max($0, abs($1)) }
        guard largest > 0, largest < 0x1p-400 || largest > 0x1p400 else { return 1 }
        return Double(sign: .plus, exponent: -largest.exponent, significand: 1)
    }

    var isIdentity: Bool { design == 1 && responses == 1 }

    func apply(toDesign x: Matrix) -> Matrix { scaled(x, by: design) }
    func apply(toResponses y: Matrix) -> Matrix { scaled(y, by: responses) }

    func undo(on solution: LeastSquaresSolution) -> LeastSquaresSolution {
        guard !isIdentity else { return solution }
        var result = solution
        result.coefficients = scaled(solution.coefficients, by: design / responses)
        result.residualSumOfSquares = solution.residualSumOfSquares.map { $0 / (responses * responses) }
        result.unscaledCovariance = scaled(solution.unscaledCovariance, by: design * design)
        result.triangularFactor = scaled(solution.triangularFactor, by: 1 / design)
        return result
    }

    private func scaled(_ m: Matrix, by factor: Double) -> Matrix {
        guard factor != 1 else { return m }
        return Matrix(rows: m.rows, columns: m.columns, columnMajor: m.elements.map { $0 * factor })
    }
}
