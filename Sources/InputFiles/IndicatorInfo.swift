/// What an indicator is, for tables and reports: its readable name and what
/// it is measured in. From the optional indicators file of a dataset.
public struct IndicatorInfo: Sendable, Equatable {
    /// The id the observations, targets and bands use, e.g. `budget_revenue`.
    public var id: String
    /// Display name in Vietnamese, e.g. `Thu ngân sách trên địa bàn`.
    public var name: String
    /// Display name in English; nil where the file has no `name_en` column or leaves it empty.
    public var nameEnglish: String?
    /// The unit of measurement as a person reads it: `billion VND`, `percent`, `criteria of 19`.
    public var measure: String

    /// An indicator's names and measure.
    public init(id: String, name: String, nameEnglish: String? = nil, measure: String) {
        self.id = id
        self.name = name
        self.nameEnglish = nameEnglish
        self.measure = measure
    }
}

extension Dataset {
    /// The description of an indicator, nil when the indicators file does not list it
    /// (or the dataset has none: the file is optional).
    public func indicator(_ id: String) -> IndicatorInfo? {
        indicators.first { $0.id == id }
    }
}
