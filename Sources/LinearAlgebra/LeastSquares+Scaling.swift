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
///
/// The factors are kept as exponents of two and applied by
/// `Double(sign:exponent:significand:)`: a subnormal column (3·10⁻³²⁰)
/// needs 2¹⁰⁶³, which no Double holds, though the scaled values do.
struct BinaryScaling {
    /// sₓ = 2^design, s_y = 2^responses.
    var design: Int
    var responses: Int

    /// Magnitudes in [2⁻⁴⁰⁰, 2⁴⁰⁰] are left alone (exponent 0).
    init(design x: Matrix, responses y: Matrix) {
        design = Self.exponent(bringingIntoRange: x.elements)
        responses = Self.exponent(bringingIntoRange: y.elements)
    }

    static func exponent(bringingIntoRange elements: [Double]) -> Int {
        let largest = elements.reduce(0.0) { max($0, abs($1)) }
        guard largest > 0, largest.isFinite, largest < 0x1p-400 || largest > 0x1p400 else { return 0 }
        return -Int(largest.exponent)
    }

    var isIdentity: Bool { design == 0 && responses == 0 }

    func apply(toDesign x: Matrix) -> Matrix { scaled(x, by: design) }
    func apply(toResponses y: Matrix) -> Matrix { scaled(y, by: responses) }

    func undo(on solution: LeastSquaresSolution) -> LeastSquaresSolution {
        guard !isIdentity else { return solution }
        var result = solution
        result.coefficients = scaled(solution.coefficients, by: design - responses)
        result.residualSumOfSquares = solution.residualSumOfSquares.map { Self.times($0, -2 * responses) }
        result.unscaledCovariance = scaled(solution.unscaledCovariance, by: 2 * design)
        result.triangularFactor = scaled(solution.triangularFactor, by: -design)
        return result
    }

    /// x · 2^k, exact unless the result leaves the range of Double.
    static func times(_ x: Double, _ k: Int) -> Double {
        k == 0 || x == 0 || !x.isFinite ? x : Double(sign: .plus, exponent: k, significand: x)
    }

    private func scaled(_ m: Matrix, by k: Int) -> Matrix {
        guard k != 0 else { return m }
        return Matrix(rows: m.rows, columns: m.columns, columnMajor: m.elements.map { Self.times($0, k) })
    }
}
