/// A dense matrix of `Double`, stored column by column (LAPACK's layout).
///
/// Element (i, j) lives at `elements[i + j * rows]`.
public struct Matrix: Sendable, Equatable {
    /// Number of rows, m.
    public let rows: Int
    /// Number of columns, n.
    public let columns: Int
    /// Column-major storage, `rows * columns` elements.
    public var elements: [Double]

    /// An m × n matrix with every element `value` (zero by default).
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0)
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: value, count: rows * columns)
    }

    /// A matrix from column-major elements.
    public init(rows: Int, columns: Int, columnMajor elements: [Double]) {
        precondition(elements.count == rows * columns, "expected \(rows * columns) elements")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix whose columns are the given arrays (all of one length).
    public init(columns: [[Double]]) {
        let n = columns.first?.count ?? 0
        precondition(columns.allSatisfy { $0.count == n }, "columns differ in length")
        self.init(rows: n, columns: columns.count, columnMajor: columns.flatMap { $0 })
    }

    /// Element (i, j): row i, column j, both from 0.
    public subscript(row: Int, column: Int) -> Double {
        get { elements[row + column * rows] }
        set { elements[row + column * rows] = newValue }
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] {
        Array(elements[(j * rows)..<((j + 1) * rows)])
    }
}

extension Matrix {
    /// The n × n identity matrix Iₙ.
    public static func identity(_ n: Int) -> Matrix {
        var result = Matrix(rows: n, columns: n)
        for i in 0..<n { result[i, i] = 1 }
        return result
    }

    /// Aᵀ: element (i, j) of the result is element (j, i) of `self`.
    public func transposed() -> Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { result.elements[j + i * columns] = elements[i + j * rows] }
        }
        return result
    }

    /// Whether every element is finite (no NaN, no ±∞).
    public var isFinite: Bool { elements.allSatisfy(\.isFinite) }

    /// The matrix made of the given columns of `self`, in the given order.
    public func selectingColumns(_ indices: [Int]) -> Matrix {
        var selected: [Double] = []
        selected.reserveCapacity(rows * indices.count)
        for j in indices { selected.append(contentsOf: elements[(j * rows)..<((j + 1) * rows)]) }
        return Matrix(rows: rows, columns: indices.count, columnMajor: selected)
    }

    /// The shape as "r × c", for error messages.
    var shapeDescription: String { "\(rows) × \(columns)" }
}
