import Planning

// The review as one JSON document, for programs: the numbers in full
// precision, statuses and reasons as codes; keys in snake_case like the CSV.
extension ReviewReport {
    /// The whole document, or the members of `sections` only (with
    /// `region`, `as_of` and `language` always): `summary` for the headline,
    /// `targets` and `charts` for the targets, `pace`, `bands`, `lagging`,
    /// and `notes` for the basis.
    package func json(_ sections: [ReviewSection] = ReviewSection.allCases) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("region", .string(document.region)),
            ("as_of", document.asOf.map { .string($0.description) } ?? .null),
            ("language", .string(language.rawValue)),
        ]
        for section in sections {
            switch section {
            case .headline:
                members.append(("summary", .object([
                    ("targets", statusCounts(targetCounts)),
                    ("bands", statusCounts(bandCounts)),
                    ("lagging", .integer(document.lagging.count)),
                ])))
            case .targets:
                members.append(("targets", .array(document.targets.map(json))))
                members.append(("charts", .array(document.charts.map(json))))
            case .pace:
                members.append(("pace", .array(document.pace.map(json))))
            case .bands:
                members.append(("bands", .array(document.bands.map(json))))
            case .lagging:
                members.append(("lagging", .array(document.lagging.map(json))))
            case .basis:
                members.append(("notes", .array(document.notes.map(JSONValue.string))))
            }
        }
        return .object(members)
    }

    /// `{"on_track": 2, "at_risk": 1, "off_track": 0}`.
    private func statusCounts(_ counts: [AttainmentStatus: Int]) -> JSONValue {
        .object(AttainmentStatus.allCases.map { ($0.rawValue, .integer(counts[$0, default: 0])) })
    }

    private func json(_ t: ReviewDocument.TargetRow) -> JSONValue {
        .object([
            ("unit", .string(t.unit)), ("unit_name", .string(t.unitName)),
            ("indicator", .string(t.indicator)), ("indicator_name", .string(t.indicatorName)),
            ("measure", .string(t.measure)), ("period", .string(t.period.description)),
            ("low", .number(t.low)), ("high", .number(t.high)), ("direction", .string(t.direction.rawValue)),
            ("projected", .number(t.projected)),
            ("lo_80", .number(t.lo80)), ("hi_80", .number(t.hi80)), ("lo_95", .number(t.lo95)), ("hi_95", .number(t.hi95)),
            ("p_low", .number(t.pLow)), ("p_high", .number(t.pHigh)), ("status", .string(t.status.rawValue)),
            ("method", .string(t.method)), ("calibration", .string(t.calibration)), ("basis", .string(t.basis)),
            ("note", .string(t.note)),
        ])
    }

    private func json(_ p: ReviewDocument.PaceRow) -> JSONValue {
        .object([
            ("unit", .string(p.unit)), ("unit_name", .string(p.unitName)),
            ("indicator", .string(p.indicator)), ("indicator_name", .string(p.indicatorName)),
            ("measure", .string(p.measure)), ("observed", .number(p.observed)),
            ("remaining_needed", .number(p.remainingNeeded)), ("required_ratio", .number(p.requiredRatio)),
            ("past_ratio_min", .number(p.pastRatioMin)), ("past_ratio_median", .number(p.pastRatioMedian)),
            ("past_ratio_max", .number(p.pastRatioMax)), ("past_years", .array(p.pastYears.map(JSONValue.integer))),
        ])
    }

    private func json(_ b: ReviewDocument.BandRow) -> JSONValue {
        .object([
            ("unit", .string(b.unit)), ("unit_name", .string(b.unitName)),
            ("indicator", .string(b.indicator)), ("indicator_name", .string(b.indicatorName)),
            ("period", .string(b.period.description)), ("min_value", .number(b.minValue)),
            ("max_value", .number(b.maxValue)), ("count", .integer(b.targetCount)), ("units", .integer(b.unitCount)),
            ("expected", .number(b.expected)), ("lo_95", .integer(b.lo95)), ("hi_95", .integer(b.hi95)),
            ("p_met", .number(b.pMet)), ("status", .string(b.status.rawValue)),
            ("distribution", .array(b.distribution.map(JSONValue.number))),
        ])
    }

    private func json(_ l: ReviewDocument.LaggingRow) -> JSONValue {
        .object([
            ("rank", .integer(l.rank)), ("unit", .string(l.unit)), ("name", .string(l.unitName)),
            ("level", .string(l.level)), ("parent", .string(l.parent)), ("parent_name", .string(l.parentName)),
            ("indicator", .string(l.indicator)), ("indicator_name", .string(l.indicatorName)),
            ("reason", .string(l.reason.rawValue)), ("gap", .number(l.gap)), ("measure", .string(l.gapMeasure)),
            ("risk", .number(l.risk)),
        ])
    }

    private func json(_ c: ReviewDocument.FanChart) -> JSONValue {
        .object([
            ("title", .string(c.title)), ("measure", .string(c.measure)),
            ("history", .array(c.history.map { .object([("label", .string($0.label)), ("value", .number($0.value))]) })),
            ("forecast", .array(c.forecast.map {
                .object([("label", .string($0.label)), ("median", .number($0.median)),
                         ("lo_80", .number($0.lo80)), ("hi_80", .number($0.hi80)),
                         ("lo_95", .number($0.lo95)), ("hi_95", .number($0.hi95))])
            })),
            ("target_low", c.targetLow.map(JSONValue.number) ?? .null),
            ("target_high", c.targetHigh.map(JSONValue.number) ?? .null),
        ])
    }
}
