import InputFiles

/// An indicator's name in a report's language.
extension IndicatorInfo {
    /// The indicator's name for a report in `language`: the English name in
    /// English where the indicators file gives one, else the (Vietnamese) name.
    public func name(in language: Language) -> String {
        language == .en ? (nameEnglish ?? name) : name
    }
}
