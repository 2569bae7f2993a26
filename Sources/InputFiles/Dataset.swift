import ParallelWork

/// One value of one indicator for one unit in one period.
public struct Observation: Sendable, Equatable {
    /// The unit's id, as in the units file (`moc-chau`).
    public var unit: String
    /// The indicator's id (`budget_revenue`).
    public var indicator: String
    /// The period the value is the flow of (a year, quarter, month or span of months).
    public var period: Period
    /// nil where the file leaves the value empty (missing).
    public var value: Double?
    /// The line of the file the value came from; 0 when not from a file.
    public var line: Int
    /// The column (character) where the value starts on that line; 0 when not from a file.
    public var column: Int
    /// The column where the unit's id starts on that line; 0 when not from a file.
    public var unitColumn: Int

    /// An observation; the positions are left at 0 for one made in code.
    public init(unit: String, indicator: String, period: Period, value: Double?, line: Int = 0, column: Int = 0, unitColumn: Int = 0) {
        self.unit = unit
        self.indicator = indicator
        self.period = period
        self.value = value
        self.line = line
        self.column = column
        self.unitColumn = unitColumn
    }
}

/// A reporting unit of the units file: province, district, commune, agency.
public struct ReportingUnit: Sendable, Equatable {
    /// The id the other files name the unit by (`moc-chau`).
    public var id: String
    /// Display name with diacritics, e.g. `Huyện Mộc Châu`.
    public var name: String
    /// The unit's level, as the file gives it (`province`, `district`, `commune`, …).
    public var level: String
    /// The parent's id; nil for the root.
    public var parent: String?

    /// A unit of the tree; `parent` nil for its root.
    public init(id: String, name: String, level: String, parent: String?) {
        self.id = id
        self.name = name
        self.level = level
        self.parent = parent
    }
}

/// Which way a target points.
public enum TargetDirection: String, Sendable {
    /// Met by reaching `low` (revenue, investment): the default.
    case atLeast = "at_least"
    /// Met by staying at or below `high` (accidents, dropout).
    case atMost = "at_most"
}

/// A target of the targets file: a range `low…high` for one period.
public struct Target: Sendable, Hashable {
    /// The unit's id.
    public var unit: String
    /// The indicator's id.
    public var indicator: String
    /// The period the target is for (a year in the spec).
    public var period: Period
    /// The lower end of the range (the whole target when `low == high`).
    public var low: Double
    /// The upper end of the range.
    public var high: Double
    /// Which way the target points.
    public var direction: TargetDirection
    /// The line of the targets file; 0 when not from a file.
    public var line: Int

    /// A target `low…high` (`low == high` for a point target), `at_least` unless given.
    public init(unit: String, indicator: String, period: Period, low: Double, high: Double, direction: TargetDirection = .atLeast, line: Int = 0) {
        self.unit = unit
        self.indicator = indicator
        self.period = period
        self.low = low
        self.high = high
        self.direction = direction
        self.line = line
    }
}

/// A band target: at least `count` children of `unit` with the indicator in `minValue…maxValue`.
public struct BandTarget: Sendable, Equatable {
    /// The parent unit whose children are counted (`son-la`).
    public var unit: String
    /// The indicator counted (`nrd_criteria`).
    public var indicator: String
    /// The period the band is for.
    public var period: Period
    /// The band's lower bound, included.
    public var minValue: Double
    /// The band's upper bound, included.
    public var maxValue: Double
    /// The number of children that must be in the band.
    public var count: Int
    /// The line of the bands file; 0 when not from a file.
    public var line: Int

    /// At least `count` children of `unit` with `indicator` in `minValue…maxValue`.
    public init(unit: String, indicator: String, period: Period, minValue: Double, maxValue: Double, count: Int, line: Int = 0) {
        self.unit = unit
        self.indicator = indicator
        self.period = period
        self.minValue = minValue
        self.maxValue = maxValue
        self.count = count
        self.line = line
    }
}

/// The files of a dataset, read and checked.
public struct Dataset: Sendable {
    /// Path of the observations file as given (used in messages).
    public var observationsFile: String
    /// The sheet the observations came from, when the file is a workbook.
    public var observationsSheet: String?
    /// The observations, in file order.
    public var observations: [Observation]
    /// The unit tree; empty without a units file.
    public var units: [ReportingUnit]
    /// The targets; empty without a targets file.
    public var targets: [Target]
    /// The band targets; empty without a bands file.
    public var bands: [BandTarget]
    /// Names and measures of the indicators, in file order; empty without an indicators file.
    public var indicators: [IndicatorInfo]

    /// A dataset from values in memory; `observationsFile` is the name messages give it.
    public init(observationsFile: String, observations: [Observation], units: [ReportingUnit] = [], targets: [Target] = [],
                bands: [BandTarget] = [], indicators: [IndicatorInfo] = []) {
        self.observationsFile = observationsFile
        self.observations = observations
        self.units = units
        self.targets = targets
        self.bands = bands
        self.indicators = indicators
    }
}

/// Where the files of a dataset are.
public struct DatasetLocation: Sendable, Equatable {
    /// The observations file: CSV, or an .xlsx workbook.
    public var observations: String
    /// The units file (or workbook), if any.
    public var units: String?
    /// The targets file (or workbook), if any.
    public var targets: String?
    /// The bands file (or workbook), if any.
    public var bands: String?
    /// The optional indicators file `indicator,name,measure[,name_en]`.
    public var indicators: String?
    /// In a workbook, the sheet holding the observations (`--sheet`), in the
    /// long layout or the wide one; nil: the sheet named observations, or the only one.
    public var sheet: String?

    /// The files by path; those not given are not read.
    public init(observations: String, units: String? = nil, targets: String? = nil, bands: String? = nil,
                indicators: String? = nil, sheet: String? = nil) {
        self.observations = observations
        self.sheet = sheet
        self.units = units
        self.targets = targets
        self.bands = bands
        self.indicators = indicators
    }

    /// Every file the dataset is read from: none of them may be written over.
    public var files: [String] { [observations, units, targets, bands, indicators].compactMap { $0 } }
}

/// How numbers are written in the files.
public struct NumberStyle: Sendable, Equatable {
    /// `2.100,5` (Vietnamese) instead of `2100.5`.
    public var decimalComma: Bool
    /// A decimal point unless `decimalComma`.
    public init(decimalComma: Bool = false) { self.decimalComma = decimalComma }
}

extension Dataset {
    /// Reads and checks every file of the dataset: the observations, and the
    /// units, targets, bands and indicators files where the location names them. Throws
    /// the first problem found, files read in that order; each file's name in
    /// messages is its path as given.
    ///
    /// Formats and checks: `readObservations`, `readUnits`, `readTargets`,
    /// `readBands`, `readIndicators`, `CSVTable` (header and row shape) and
    /// `CSVReader` (CSV).
    public static func load(_ location: DatasetLocation, numbers: NumberStyle = NumberStyle()) throws(InputError) -> Dataset {
        var log = ProblemLog(gathersAll: false)
        return try read(location, numbers: numbers, log: &log)
    }

    /// Every problem of the dataset, up to `limit`, in the order of the files
    /// and of their lines; empty when `load` would succeed. A bad row is
    /// skipped and reading goes on; a problem in the CSV text or a header
    /// ends its file and reading goes on with the next file (see `ProblemLog`).
    public static func problems(in location: DatasetLocation, numbers: NumberStyle = NumberStyle(), limit: Int = 100) -> [InputError] {
        var log = ProblemLog(gathersAll: true, limit: limit)
        _ = try? read(location, numbers: numbers, log: &log)
        return log.problems
    }

    private static func read(_ location: DatasetLocation, numbers: NumberStyle, log: inout ProblemLog) throws(InputError) -> Dataset {
        var workbooks: [String: Workbook] = [:]
        /// The rows of one part: a CSV file, or in a workbook the sheet named
        /// after the part (for the observations, also a workbook's only sheet).
        func open(_ path: String, part: String) throws(InputError) -> any RecordReader {
            guard Workbook.isWorkbook(path) else { return try CSVReader(path: path) }
            let book: Workbook
            if let cached = workbooks[path] {
                book = cached
            } else {
                book = try Workbook(path: path)
                workbooks[path] = book
            }
            if part == "observations", let chosen = location.sheet {
                guard let name = book.sheetName(matching: chosen) else {
                    throw InputError(file: path, line: 1, column: 1, expected: "a sheet named \(chosen) (--sheet)",
                                     found: "the sheets " + book.sheetNames.map { "\"\($0)\"" }.joined(separator: ", "))
                }
                return try book.reader(sheet: name)
            }
            if let name = book.sheetName(matching: part) { return try book.reader(sheet: name) }
            // The observations may also be the one sheet that is not named
            // after another part (a planner's "Thu NS theo năm" beside units, targets).
            let others = ["units", "targets", "bands", "indicators"]
            let unnamed = book.sheetNames.filter { name in !others.contains { book.sheetName(matching: $0) == name } }
            if part == "observations", unnamed.count == 1 { return try book.reader(sheet: unnamed[0]) }
            throw InputError(file: path, line: 1, column: 1,
                             expected: "a sheet named \(part)\(part == "observations" ? " (or one sheet besides units, targets, bands, indicators; or --sheet)" : "")",
                             found: "the sheets " + book.sheetNames.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        var sheets: [String: String] = [:]
        var unread: Set<String> = []
        /// Reads one part; when gathering, a problem that ends the file is
        /// kept and the next file is read, unless the log is full.
        func file<T>(_ path: String?, part: String, _ read: (any RecordReader, inout ProblemLog) throws(InputError) -> [T]) throws(InputError) -> [T] {
            guard let path else { return [] }
            WorkProgress.shared.phase("reading", file: path)
            do {
                let reader = try open(path, part: part)
                sheets[part] = reader.sheet
                return try read(reader, &log)
            } catch {
                guard log.gathersAll, !log.isFull else { throw error }
                unread.insert(part)
                log.endOfFile(error)
                if log.isFull { throw error }
                return []
            }
        }
        let observations = try file(location.observations, part: "observations") { reader, log throws(InputError) in
            if let sheet = reader as? SheetReader, isWideLayout(sheet.records) {
                return try readWideObservations(sheet, numbers: numbers, log: &log)
            }
            return try readObservations(reader, numbers: numbers, log: &log)
        }
        let units = try file(location.units, part: "units") { reader, log throws(InputError) in try readUnits(reader, log: &log) }
        if let unitsFile = location.units, !units.isEmpty {
            try checkObservedUnits(observations, units: units, file: location.observations, sheet: sheets["observations"], unitsFile: unitsFile, log: &log)
        }
        let known = KnownIDs(observations: observations, units: location.units == nil ? nil : units,
                             observationsUnread: unread.contains("observations"))
        let targets = try file(location.targets, part: "targets") { reader, log throws(InputError) in
            try readTargets(reader, numbers: numbers, known: known, log: &log)
        }
        let bands = try file(location.bands, part: "bands") { reader, log throws(InputError) in
            try readBands(reader, numbers: numbers, known: known, log: &log)
        }
        try checkBandedCounts(observations, bands: bands, file: location.observations, sheet: sheets["observations"], log: &log)
        let indicators = try file(location.indicators, part: "indicators") { reader, log throws(InputError) in
            try readIndicators(reader, log: &log)
        }
        if let first = log.problems.first { throw first }
        var dataset = Dataset(observationsFile: location.observations, observations: observations,
                              units: units, targets: targets, bands: bands, indicators: indicators)
        dataset.observationsSheet = sheets["observations"]
        return dataset
    }
}
