// The review's tables for programs: `.` decimals, full precision, English
// codes (`on_track`, `target_unlikely`) whatever the report's language.
// Counts are written as whole numbers (`8`, not `8.0`).
extension ReviewReport {
    /// The spec's `attain` columns, in this order:
    /// `unit,indicator,period,low,high,projected,lo_95,hi_95,p_low,p_high,status`,
    /// then `lo_80,hi_80,direction,method,calibration,basis,note`; `note` says
    /// why a `not_scored` target has no numbers.
    public static let attainColumns = [
        "unit", "indicator", "period", "low", "high", "projected", "lo_95", "hi_95", "p_low", "p_high", "status",
        "lo_80", "hi_80", "direction", "method", "calibration", "basis", "note",
    ]

    /// `unit,indicator,period,min_value,max_value,count,units,expected,lo_95,hi_95,p_met,status`:
    /// `count` is the target count, `units` the units counted over.
    public static let bandsColumns = [
        "unit", "indicator", "period", "min_value", "max_value", "count", "units", "expected", "lo_95", "hi_95",
        "p_met", "status",
    ]

    /// `rank,unit,name,level,parent,indicator,reason,gap,measure,risk`:
    /// `parent` is the parent's id (its name when the document has no id).
    public static let laggingColumns = [
        "rank", "unit", "name", "level", "parent", "indicator", "reason", "gap", "measure", "risk",
    ]

    /// `unit,indicator,observed,remaining_needed,required_ratio,past_ratio_min,past_ratio_median,past_ratio_max,past_years`,
    /// the past years separated by `;`.
    public static let paceColumns = [
        "unit", "indicator", "observed", "remaining_needed", "required_ratio", "past_ratio_min",
        "past_ratio_median", "past_ratio_max", "past_years",
    ]

    /// One row per target (`chitieu attain --format csv`, and `chitieu review --format csv`).
    public func attainCSV(excel: Bool = false) -> String {
        var out = CSVText(excel: excel)
        out.appendHeader(Self.attainColumns)
        for t in document.targets {
            out.appendRow([
                .text(t.unit), .text(t.indicator), .text(t.period.description), .number(t.low), .number(t.high),
                .number(t.projected), .number(t.lo95), .number(t.hi95), .number(t.pLow), .number(t.pHigh),
                .text(t.status.rawValue), .number(t.lo80), .number(t.hi80), .text(t.direction.rawValue),
                .text(t.method), .text(t.calibration), .text(t.basis), .text(t.note),
            ])
        }
        return out.result
    }

    /// One row per band target (`chitieu bands --format csv`).
    public func bandsCSV(excel: Bool = false) -> String {
        var out = CSVText(excel: excel)
        out.appendHeader(Self.bandsColumns)
        for b in document.bands {
            out.appendRow([
                .text(b.unit), .text(b.indicator), .text(b.period.description), .number(b.minValue),
                .number(b.maxValue), .text(String(b.targetCount)), .text(String(b.unitCount)), .number(b.expected),
                .text(String(b.lo95)), .text(String(b.hi95)), .number(b.pMet), .text(b.status.rawValue),
            ])
        }
        return out.result
    }

    /// One row per lagging unit, in rank order (`chitieu lagging --format csv`).
    public func laggingCSV(excel: Bool = false) -> String {
        var out = CSVText(excel: excel)
        out.appendHeader(Self.laggingColumns)
        for l in document.lagging {
            out.appendRow([
                .text(String(l.rank)), .text(l.unit), .text(l.unitName), .text(l.level),
                .text(l.parent.isEmpty ? l.parentName : l.parent), .text(l.indicator), .text(l.reason.rawValue),
                .number(l.gap), .text(l.gapMeasure), .number(l.risk),
            ])
        }
        return out.result
    }

    /// One row per paced target.
    public func paceCSV(excel: Bool = false) -> String {
        var out = CSVText(excel: excel)
        out.appendHeader(Self.paceColumns)
        for p in document.pace {
            out.appendRow([
                .text(p.unit), .text(p.indicator), .number(p.observed), .number(p.remainingNeeded),
                .number(p.requiredRatio), .number(p.pastRatioMin), .number(p.pastRatioMedian),
                .number(p.pastRatioMax), .text(p.pastYears.map(String.init).joined(separator: ";")),
            ])
        }
        return out.result
    }
}
