/// One value of one indicator for one unit in one period.
public struct Observation: Sendable, Equatable {
    public var unit: String
    public var indicator: String
    public var period: Period
    /// nil where the file leaves the value empty (missing).
    public var value: Double?
    /// The line of the file the value came from.
    public var line: Int

    public init(unit: String, indicator: String, period: Period, value: Double?, line: Int) {
        self.unit = unit
        self.indicator = indicator
        self.period = period
        self.value = value
        self.line = line
    }
}

/// A reporting unit of the units file: province, district, commune, agency.
public struct ReportingUnit: Sendable, Equatable {
    public var id: String
    /// Display name with diacritics, e.g. `Huyện Mộc Châu`.
    public var name: String
    public var level: String
    /// The parent's id; nil for the root.
    public var parent: String?

    public init(id: String, name: String, level: String, parent: String?) {
        self.id = id
        self.name = name
        self.level = level
        self.parent = parent
    }
}

/// Which way a target points.
public enum TargetDirection: String, Sendable {
    case atLeast = "at_least"
    case atMost = "at_most"
}

/// A target of the targets file: a range `low…high` for one period.
public struct Target: Sendable, Equatable {
    public var unit: String
    public var indicator: String
    public var period: Period
    public var low: Double
    public var high: Double
    public var direction: TargetDirection
    public var line: Int

    public init(unit: String, indicator: String, period: Period, low: Double, high: Double, direction: TargetDirection, line: Int) {
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
    public var unit: String
    public var indicator: String
    public var period: Period
    public var minValue: Double
    public var maxValue: Double
    public var count: Int
    public var line: Int

    public init(unit: String, indicator: String, period: Period, minValue: Double, maxValue: Double, count: Int, line: Int) {
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
    public var observations: [Observation]
    public var units: [ReportingUnit]
    public var targets: [Target]
    public var bands: [BandTarget]

    public init(observationsFile: String, observations: [Observation], units: [ReportingUnit] = [], targets: [Target] = [], bands: [BandTarget] = []) {
        self.observationsFile = observationsFile
        self.observations = observations
        self.units = units
        self.targets = targets
        self.bands = bands
    }
}

/// Where the files of a dataset are.
public struct DatasetLocation: Sendable, Equatable {
    public var observations: String
    public var units: String?
    public var targets: String?
    public var bands: String?

    public init(observations: String, units: String? = nil, targets: String? = nil, bands: String? = nil) {
        self.observations = observations
        self.units = units
        self.targets = targets
        self.bands = bands
    }
}

/// How numbers are written in the files.
public struct NumberStyle: Sendable, Equatable {
    /// `2.100,5` (Vietnamese) instead of `2100.5`.
    public var decimalComma: Bool
    public init(decimalComma: Bool = false) { self.decimalComma = decimalComma }
}

extension Dataset {
    /// Reads and checks every file of the dataset: the observations, and the
    /// units, targets and bands files where the location names them. Throws
    /// the first problem found, files read in that order; each file's name in
    /// messages is its path as given.
    ///
    /// Formats and checks: `readObservations`, `readUnits`, `readTargets`,
    /// `readBands`, `CSVTable` (header and row shape) and `CSVReader` (CSV).
    public static func load(_ location: DatasetLocation, numbers: NumberStyle = NumberStyle()) throws(InputError) -> Dataset {
        let observations = try readObservations(CSVReader(path: location.observations), numbers: numbers)
        let units = try location.units.map { path throws(InputError) in try readUnits(CSVReader(path: path)) } ?? []
        let targets = try location.targets.map { path throws(InputError) in try readTargets(CSVReader(path: path), numbers: numbers) } ?? []
        let bands = try location.bands.map { path throws(InputError) in try readBands(CSVReader(path: path), numbers: numbers) } ?? []
        return Dataset(observationsFile: location.observations, observations: observations,
                       units: units, targets: targets, bands: bands)
    }
}
