extension Dataset {
    static let unitColumns = ["unit", "name", "level", "parent"]
    /// Levels a unit tree may have: nation, region, province, district,
    /// commune, village and agencies below them fit many times over.
    static let maxTreeDepth = 32

    /// Reads a units file `unit,name,level,parent`. Each id appears once; a
    /// parent, when given, is the id of a unit of the same file (above or
    /// below it), and no unit is its own ancestor. An empty parent is a root.
    static func readUnits(_ reader: any RecordReader, log: inout ProblemLog) throws(InputError) -> [ReportingUnit] {
        let table = try CSVTable(reader: reader, required: unitColumns)
        var lineOfID: [String: Int] = [:]
        let idColumn = table.column("unit"), nameColumn = table.column("name")
        let levelColumn = table.column("level"), parentColumn = table.column("parent")
        let rows = try table.readRows(log: &log) { row throws(InputError) -> (unit: ReportingUnit, parentCell: CSVField?) in
            let id = try table.id(row, idColumn)
            let idCell = row[idColumn]
            if let first = lineOfID[id] {
                throw table.error(at: idCell, expected: "each unit once (\(id) is already on line \(first))",
                                  found: InputError.quoted(idCell.value) + " again")
            }
            lineOfID[id] = idCell.line
            let parentCell = row[parentColumn]
            let parent = NumberStyle.isBlank(parentCell.value) ? nil : NumberStyle.trimmed(parentCell.value)
            return (ReportingUnit(id: id, name: row[nameColumn].value, level: row[levelColumn].value, parent: parent),
                    parent == nil ? nil : parentCell)
        }
        let units = rows.map(\.unit)
        let parentCells = rows.map(\.parentCell)

        // Parents, checked once every id is known, in file order.
        let parentOf = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.parent) })
        for (unit, cell) in zip(units, parentCells) {
            guard let cell, let parent = unit.parent else { continue }
            guard lineOfID[parent] != nil else {
                try log.record(table.error(at: cell, expected: "the id of a unit listed in this file (in its unit column)"))
                continue
            }
            // Walk up at most `maxTreeDepth` steps: meeting the unit again is a
            // cycle; a longer chain is a tree no administration has (and would
            // make every walk through the tree quadratic in its depth).
            var ancestor: String? = parent
            var depth = 1
            while let current = ancestor {
                if current == unit.id {
                    try log.record(table.error(at: cell, expected: "a parent that is not \(unit.id) itself or one of its descendants"))
                    break
                }
                if depth > Self.maxTreeDepth {
                    try log.record(table.error(at: cell, expected: "a unit tree at most \(Self.maxTreeDepth) levels deep (or a cycle above this unit)"))
                    break
                }
                ancestor = parentOf[current] ?? nil
                depth += 1
            }
        }
        return units
    }
}
