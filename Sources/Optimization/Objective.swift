/// A function to minimise that may keep working memory between evaluations.
///
/// An optimiser calls `value(at:)` thousands of times on a small model (an
/// ETS likelihood of 14 points costs a few hundred flops); a conforming
/// value keeps its buffers in stored properties, so an evaluation allocates
/// nothing, and the optimiser, generic over it, calls it directly rather
/// than through a closure context.
///
/// `value(at:)` returns +∞ or NaN to reject a point (a bounded model's way
/// to stay inside its region).
public protocol Objective {
    /// f(x); +∞ or NaN rejects the point.
    mutating func value(at x: [Double]) -> Double
}

/// An objective given as a closure.
public struct ClosureObjective: Objective {
    @usableFromInline let function: ([Double]) -> Double

    /// The objective that calls `function`.
    @inlinable public init(_ function: @escaping ([Double]) -> Double) { self.function = function }

    /// `function(x)`.
    @inlinable public mutating func value(at x: [Double]) -> Double { function(x) }
}

/// f(centre + scale ⊙ u) as a function of u: a search in coordinates
/// centred on a point and scaled per parameter, so that a step of 0.1 in u
/// means the same in any units of the data.
public struct ScaledObjective<Base: Objective>: Objective {
    /// f, in the original coordinates.
    public var base: Base
    /// The point u = 0 stands for.
    public let centre: [Double]
    /// The length in x of a unit step in each coordinate of u.
    public let scale: [Double]
    @usableFromInline var point: [Double]

    /// f(centre + scale ⊙ u), one scale per coordinate.
    @inlinable public init(_ base: Base, centre: [Double], scale: [Double]) {
        precondition(centre.count == scale.count, "one scale per coordinate")
        self.base = base
        self.centre = centre
        self.scale = scale
        self.point = centre
    }

    /// centre + scale ⊙ u.
    @inlinable public func point(_ u: [Double]) -> [Double] {
        var x = centre
        for i in x.indices { x[i] = centre[i] + scale[i] * u[i] }
        return x
    }

    /// f(centre + scale ⊙ u), without allocating.
    @inlinable public mutating func value(at u: [Double]) -> Double {
        for i in point.indices { point[i] = centre[i] + scale[i] * u[i] }
        return base.value(at: point)
    }
}
