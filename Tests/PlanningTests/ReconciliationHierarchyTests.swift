import Forecasting
import InputFiles
import LinearAlgebra
import Planning
import Testing

@Suite struct ReconciliationHierarchyTests {
    func unit(_ id: String, _ parent: String?) -> ReportingUnit {
        ReportingUnit(id: id, name: id, level: parent == nil ? "province" : "district", parent: parent)
    }

    /// Node order, leaves and S against the hand-written ones of make-mint.py
    /// (units listed out of order: breadth first, siblings in list order).
    @Test func orderAndSummingMatrixOfTheFixtures() throws {
        for c in try ReconciliationCase.all() {
            let hierarchy = try UnitHierarchy(units: c.reportingUnits, seriesIDs: Set(c.nodes))
            #expect(hierarchy.nodes == c.nodes, "\(c.name)")
            #expect(hierarchy.leaves.map { hierarchy.nodes[$0] } == c.leaves, "\(c.name)")
            #expect(hierarchy.summingMatrix.rowArrays == c.summing, "\(c.name)")
            #expect(hierarchy.incompleteParents.isEmpty && hierarchy.excluded.isEmpty)
            for node in hierarchy.nodes.indices {
                if let parent = hierarchy.parents[node] { #expect(parent < node, "parents before children") }
            }
        }
    }

    /// S b and the sums up the tree agree (small integers: exactly).
    @Test func aggregateIsTheSummingMatrix() throws {
        let c = try ReconciliationCase.named("root-2-5")
        let hierarchy = try UnitHierarchy(units: c.reportingUnits, seriesIDs: Set(c.nodes))
        let bottom: [Double] = [3, -1, 4, 10, 5]
        #expect(hierarchy.aggregate(bottom: bottom) == hierarchy.summingMatrix * bottom)
        #expect(hierarchy.aggregate(bottom: bottom) == [21, 6, 15, 3, -1, 4, 10, 5])
        #expect(hierarchy.isCoherent([21, 6, 15, 3, -1, 4, 10, 5]))
        #expect(!hierarchy.isCoherent([21.1, 6, 15, 3, -1, 4, 10, 5]))
    }

    /// A district with a commune that has no series is a leaf: the province
    /// still adds up over its districts, the district is not split.
    @Test func parentWithAChildWithoutSeriesIsALeaf() throws {
        let units = [unit("tinh", nil), unit("d1", "tinh"), unit("d2", "tinh"),
                     unit("c1", "d1"), unit("c2", "d1"), unit("c3", "d1")]
        let hierarchy = try UnitHierarchy(units: units, seriesIDs: ["tinh", "d1", "d2", "c1", "c2"])
        #expect(hierarchy.nodes == ["tinh", "d1", "d2"])
        #expect(hierarchy.leaves == [1, 2])
        #expect(hierarchy.incompleteParents == ["d1"])
        #expect(hierarchy.excluded == ["c1", "c2"], "c1 and c2 are in no sum")
        #expect(hierarchy.summingMatrix.rowArrays == [[1, 1], [1, 0], [0, 1]])
    }

    /// A province with a district without series is not split; a district
    /// below it whose communes all have series is a tree of its own.
    @Test func incompleteRootLeavesSubtreesOfTheirOwn() throws {
        let units = [unit("tinh", nil), unit("d1", "tinh"), unit("d2", "tinh"), unit("d3", "tinh"),
                     unit("c1", "d1"), unit("c2", "d1")]
        let hierarchy = try UnitHierarchy(units: units, seriesIDs: ["tinh", "d1", "d2", "c1", "c2", "elsewhere"])
        #expect(hierarchy.nodes == ["d1", "c1", "c2"])
        #expect(hierarchy.incompleteParents == ["tinh"])
        #expect(hierarchy.excluded == ["tinh", "d2", "elsewhere"])
    }

    /// Without the province's series, its districts' trees form a forest, level by level.
    @Test func forestWhenTheRootHasNoSeries() throws {
        let units = [unit("tinh", nil), unit("d1", "tinh"), unit("d2", "tinh"),
                     unit("c21", "d2"), unit("c11", "d1"), unit("c12", "d1")]
        let hierarchy = try UnitHierarchy(units: units, seriesIDs: ["d1", "d2", "c11", "c12", "c21"])
        #expect(hierarchy.nodes == ["d1", "d2", "c11", "c12", "c21"])
        #expect(hierarchy.parents == [nil, nil, 0, 0, 1])
        #expect(hierarchy.summingMatrix.rowArrays == [[1, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]])
        #expect(hierarchy.index(of: "c12") == 3 && hierarchy.index(of: "tinh") == nil)
    }

    @Test func typedErrors() {
        let units = [unit("tinh", nil), unit("d1", "tinh"), unit("d2", "tinh")]
        #expect(throws: ReconciliationError.noHierarchy) {
            try UnitHierarchy(units: units, seriesIDs: ["tinh", "d1"])
        }
        #expect(throws: ReconciliationError.noHierarchy) {
            try UnitHierarchy(units: [], seriesIDs: ["tinh"])
        }
        #expect(throws: ReconciliationError.duplicateUnit("d1")) {
            try UnitHierarchy(units: units + [unit("d1", nil)], seriesIDs: ["tinh", "d1", "d2"])
        }
    }

    @Test func methodFromTheCommandLine() throws {
        #expect(try ReconciliationMethod(parsing: "none") == ReconciliationMethod.none)
        #expect(try ReconciliationMethod(parsing: " BU ") == .bu)
        #expect(try ReconciliationMethod(parsing: "bottom-up") == .bu)
        #expect(try ReconciliationMethod(parsing: "MinT") == .mint)
        #expect(ReconciliationMethod(rawValue: "mint") == .mint)
        #expect(throws: ReconciliationError.unknownMethod("ols")) { try ReconciliationMethod(parsing: "ols") }
        #expect(ReconciliationError.unknownMethod("ols").description.contains("none, bu, mint"))
    }
}

@Suite struct ReconciliationAlignmentTests {
    let hierarchy: UnitHierarchy

    init() throws {
        let units = [ReportingUnit(id: "p", name: "p", level: "province", parent: nil),
                     ReportingUnit(id: "a", name: "a", level: "district", parent: "p"),
                     ReportingUnit(id: "b", name: "b", level: "district", parent: "p")]
        hierarchy = try UnitHierarchy(units: units, seriesIDs: ["p", "a", "b"])
    }

    @Test func valuesInNodeOrder() throws {
        #expect(try hierarchy.inNodeOrder(["b": 2, "a": 1, "p": 0, "other": 9]) == [0, 1, 2])
        #expect(throws: ReconciliationError.missingNode("b")) { try hierarchy.inNodeOrder(["a": 1, "p": 0]) }
    }

    /// Residual series starting at different periods line up by period, NaN before each starts.
    @Test func residualsAlignedByPeriod() throws {
        let matrix = try hierarchy.residualMatrix([
            "p": TimeSeries(start: 2010, frequency: 1, values: [1, 2, 3]),
            "a": TimeSeries(start: 2011, frequency: 1, values: [4, .nan, 5]),
            "b": TimeSeries(start: 2009, frequency: 1, values: [6]),
        ])
        #expect(matrix.rows == 5 && matrix.columns == 3)
        let expected: [[Double]] = [[.nan, .nan, 6], [1, .nan, .nan], [2, 4, .nan], [3, .nan, .nan], [.nan, 5, .nan]]
        for i in 0..<5 {
            for j in 0..<3 {
                #expect(matrix[i, j] == expected[i][j] || (matrix[i, j].isNaN && expected[i][j].isNaN), "row \(i), column \(j)")
            }
        }
        #expect(throws: ReconciliationError.misaligned(node: "a", expected: "frequency 1", found: "frequency 12")) {
            try hierarchy.residualMatrix(["p": TimeSeries(start: 2010, frequency: 1, values: [1]),
                                          "a": TimeSeries(start: 24120, frequency: 12, values: [1]),
                                          "b": TimeSeries(start: 2010, frequency: 1, values: [1])])
        }
    }
}
