import InputFiles
import LinearAlgebra

/// The tree of reporting units (province → districts → communes) over which
/// one indicator's forecasts must add up, restricted to the units that have
/// a series of that indicator.
///
/// **Which units it holds.** A parent–child sum can only be enforced where
/// every term of it is forecast, so a unit's children belong to the tree
/// only when *all* its children in the units list have a series. A unit
/// some of whose children have no series is a leaf here (its own forecast
/// is kept as the base of its subtree, and it is listed in
/// `incompleteParents` so a report can say why); those of its children that
/// do have a series are cut loose and start trees of their own if they have
/// complete children in turn. A unit with a series whose parent has none is
/// likewise a root. A root without children is no sum at all and is left
/// out (listed in `excluded`, with the series ids that are not in the units
/// list): its forecast needs no reconciling. The result is a forest; it has
/// at least one parent, or construction throws `.noHierarchy`.
///
/// **Order.** Nodes are numbered top-down, level by level (breadth first):
/// the roots in the order of the units list, then their children, then the
/// grandchildren, each parent's children together and in the order of the
/// units list. So every parent comes before its children, and the first node
/// of a one-tree hierarchy is the province. Leaves keep the node order.
/// Base forecasts, residual columns and sample paths are all indexed by
/// this node order.
///
/// **Summing matrix.** S is n × m (n nodes, m leaves) with Sᵢₖ = 1 when leaf
/// k is node i or lies below it: S·b gives every node's total from the
/// leaves' values b (Hyndman et al. 2011, *CSDA* 55:2579, §2).
public struct UnitHierarchy: Sendable, Equatable {
    /// Unit ids, top-down (see **Order**).
    public let nodes: [String]
    /// `parents[i]`: the index of node i's parent, nil for a root.
    public let parents: [Int?]
    /// `children[i]`: the indices of node i's children, in node order (empty for a leaf).
    public let children: [[Int]]
    /// The indices of the leaves (the bottom series b), in node order.
    public let leaves: [Int]
    /// Units with a series some of whose children have none: kept as leaves,
    /// not reconciled with their children. In the order of the units list.
    public let incompleteParents: [String]
    /// Ids with a series that are in no parent–child sum (alone in their tree,
    /// or not in the units list). Their forecasts are left as they are.
    public let excluded: [String]

    /// The hierarchy of `units` restricted to the ids in `seriesIDs`.
    public init(units: [ReportingUnit], seriesIDs: Set<String>) throws(ReconciliationError) {
        var seen = Set<String>()
        for unit in units where !seen.insert(unit.id).inserted { throw .duplicateUnit(unit.id) }

        var childrenInList: [String: [String]] = [:]
        for unit in units {
            if let parent = unit.parent { childrenInList[parent, default: []].append(unit.id) }
        }
        let withSeries = units.filter { seriesIDs.contains($0.id) }
        var incomplete: [String] = []
        // Parents whose children all have series: the only edges the tree keeps.
        var complete = Set<String>()
        for unit in withSeries {
            guard let kids = childrenInList[unit.id], !kids.isEmpty else { continue }
            if kids.allSatisfy(seriesIDs.contains) { complete.insert(unit.id) } else { incomplete.append(unit.id) }
        }
        let roots = withSeries.filter { unit in
            guard let parent = unit.parent else { return true }
            return !complete.contains(parent)
        }

        var nodes: [String] = []
        var parents: [Int?] = []
        var excluded: [String] = []
        for root in roots where !complete.contains(root.id) { excluded.append(root.id) }
        // Breadth first from every root with children at once: level by level.
        var frontier: [(id: String, parent: Int?)] = roots.filter { complete.contains($0.id) }.map { ($0.id, nil) }
        while !frontier.isEmpty {
            var next: [(id: String, parent: Int?)] = []
            for (id, parent) in frontier {
                let index = nodes.count
                nodes.append(id)
                parents.append(parent)
                if complete.contains(id) { next += childrenInList[id, default: []].map { ($0, index) } }
            }
            frontier = next
        }
        guard !nodes.isEmpty else { throw .noHierarchy }

        var children = [[Int]](repeating: [], count: nodes.count)
        for (index, parent) in parents.enumerated() {
            if let parent { children[parent].append(index) }
        }
        let known = Set(units.map(\.id))
        excluded += seriesIDs.filter { !known.contains($0) }.sorted()

        self.nodes = nodes
        self.parents = parents
        self.children = children
        self.leaves = children.indices.filter { children[$0].isEmpty }
        self.incompleteParents = incomplete
        self.excluded = excluded
    }

    /// n, the number of nodes.
    public var nodeCount: Int { nodes.count }
    /// m, the number of leaves (bottom series).
    public var leafCount: Int { leaves.count }

    /// The position of unit `id` in `nodes`, nil if it is not in the tree.
    public func index(of id: String) -> Int? { nodes.firstIndex(of: id) }

    /// The summing matrix S (n × m): column k has a 1 at leaf k and at each of its ancestors.
    public var summingMatrix: Matrix {
        var s = Matrix(rows: nodeCount, columns: leafCount)
        for (k, leaf) in leaves.enumerated() {
            var node: Int? = leaf
            while let current = node {
                s[current, k] = 1
                node = parents[current]
            }
        }
        return s
    }

    /// S·b without the matrix: every node's total from the leaves' values
    /// `bottom` (in the order of `leaves`), each parent the sum of its
    /// children in node order.
    ///
    /// Summing along the tree, not by a product with S, makes every parent
    /// exactly the floating-point sum of its children, costs O(n), and keeps a
    /// NaN leaf to its own ancestors (in a product, 0 × NaN = NaN reaches every node).
    public func aggregate(bottom: [Double]) -> [Double] {
        precondition(bottom.count == leafCount, "expected \(leafCount) leaf values, found \(bottom.count)")
        var totals = [Double](repeating: 0, count: nodeCount)
        for (k, leaf) in leaves.enumerated() { totals[leaf] = bottom[k] }
        for node in nodes.indices.reversed() where !children[node].isEmpty {
            totals[node] = children[node].reduce(0) { $0 + totals[$1] }
        }
        return totals
    }

    /// Whether every parent equals the sum of its children within
    /// `tolerance` × max(1, |parent|).
    public func isCoherent(_ values: [Double], tolerance: Double = 1e-9) -> Bool {
        precondition(values.count == nodeCount, "expected \(nodeCount) values, found \(values.count)")
        return nodes.indices.allSatisfy { node in
            guard !children[node].isEmpty else { return true }
            let sum = children[node].reduce(0) { $0 + values[$1] }
            return abs(values[node] - sum) <= tolerance * max(1, abs(values[node]))
        }
    }
}
