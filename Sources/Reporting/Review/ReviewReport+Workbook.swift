import InputFiles
import Planning

extension ReviewReport {
    /// The review as a workbook: a sheet per table of `sections` (targets,
    /// pace, bands, lagging units), in that order, headings and statuses in
    /// the report's language, numbers as numbers (probabilities as
    /// percentages) so the meeting can sort and sum them.
    public func workbook(_ sections: [ReviewSection] = ReviewSection.allCases) -> WorkbookDocument {
        var sheets: [WorkbookDocument.Sheet] = []
        for section in sections {
            switch section {
            case .targets: sheets.append(targetsSheet())
            case .pace where !document.pace.isEmpty: sheets.append(paceSheet())
            case .bands where !document.bands.isEmpty: sheets.append(bandsSheet())
            case .lagging where !document.lagging.isEmpty: sheets.append(laggingSheet())
            default: continue
            }
        }
        if sheets.isEmpty { sheets.append(targetsSheet()) }
        return WorkbookDocument(sheets: sheets)
    }

    private var vi: Bool { language == .vi }

    /// One format serves a column of units of every size (a province's
    /// 2,100 beside a district's 42.5): the decimals the smallest one needs.
    private func decimals(_ values: [Double]) -> Int {
        NumberText.decimals(forScale: values.map(abs).filter { $0.isFinite && $0 > 0 }.min() ?? 0)
    }

    func targetsSheet() -> WorkbookDocument.Sheet {
        let d = decimals(document.targets.flatMap { [$0.low, $0.high, $0.projected] })
        let columns: [WorkbookDocument.Column] = [
            .init(vi ? "đơn vị" : "unit"), .init(vi ? "chỉ tiêu" : "indicator"), .init(vi ? "kỳ" : "period"),
            .init(vi ? "mức dưới" : "target low", .decimal(d)), .init(vi ? "mức trên" : "target high", .decimal(d)),
            .init(vi ? "dự báo" : "projected", .decimal(d)),
            .init(vi ? "khoảng 80%: thấp" : "80% low", .decimal(d)), .init(vi ? "khoảng 80%: cao" : "80% high", .decimal(d)),
            .init(vi ? "khoảng 95%: thấp" : "95% low", .decimal(d)), .init(vi ? "khoảng 95%: cao" : "95% high", .decimal(d)),
            .init(vi ? "XS đạt mức dưới" : "P(reach low)", .percent(0)), .init(vi ? "XS đạt mức trên" : "P(reach high)", .percent(0)),
            .init(vi ? "đánh giá" : "status"), .init(vi ? "phương pháp" : "method"),
        ]
        let rows = document.targets.map { t -> [WorkbookDocument.Cell] in
            [.text(display(t.unitName, or: t.unit)), .text(display(t.indicatorName, or: t.indicator)), .text(t.period.description),
             .number(t.low), .number(t.high), .number(t.projected), .number(t.lo80), .number(t.hi80), .number(t.lo95),
             .number(t.hi95), .number(t.pLow), .number(t.pHigh), .text(Words.status(t.status, language)),
             .text(t.status == .notScored ? t.note : Words.method(t.method, language) + ", " + Words.calibration(t.calibration, language))]
        }
        return .init(name: vi ? "Chỉ tiêu" : "Targets", columns: columns, rows: rows)
    }

    func paceSheet() -> WorkbookDocument.Sheet {
        let (observed, rest) = paceMonths()
        let header = Words.paceHeader(language, observed: observed, rest: rest)
        let d = decimals(document.pace.flatMap { [$0.observed, $0.remainingNeeded] })
        let columns: [WorkbookDocument.Column] = [
            .init(header[0]), .init(header[1]), .init(header[2], .decimal(d)), .init(header[3], .decimal(d)),
            .init(header[4], .decimal(2)), .init(header[5], .decimal(2)), .init(header[6], .decimal(2)),
            .init(header[7], .decimal(2)), .init(header[8]), .init(header[9]),
        ]
        let rows = document.pace.map { p -> [WorkbookDocument.Cell] in
            [.text(display(p.unitName, or: p.unit)), .text(display(p.indicatorName, or: p.indicator)), .number(p.observed),
             .number(p.remainingNeeded), .number(p.requiredRatio), .number(p.pastRatioMin), .number(p.pastRatioMedian),
             .number(p.pastRatioMax), .text(years(p.pastYears)),
             .text(Words.paceVerdict(required: p.requiredRatio, min: p.pastRatioMin, median: p.pastRatioMedian, max: p.pastRatioMax, language))]
        }
        return .init(name: vi ? "Tiến độ" : "Pace", columns: columns, rows: rows)
    }

    func bandsSheet() -> WorkbookDocument.Sheet {
        let columns: [WorkbookDocument.Column] = [
            .init(vi ? "đơn vị" : "unit"), .init(vi ? "chỉ tiêu" : "indicator"), .init(vi ? "kỳ" : "period"),
            .init(vi ? "từ" : "from", .decimal(0)), .init(vi ? "đến" : "to", .decimal(0)),
            .init(vi ? "số đơn vị phải đạt" : "units required", .decimal(0)), .init(vi ? "tổng số đơn vị" : "units counted", .decimal(0)),
            .init(vi ? "dự kiến đạt" : "expected", .decimal(1)), .init(vi ? "khoảng 95%: thấp" : "95% low", .decimal(0)),
            .init(vi ? "khoảng 95%: cao" : "95% high", .decimal(0)), .init(vi ? "XS đạt" : "P(met)", .percent(0)),
            .init(vi ? "đánh giá" : "status"),
        ]
        let rows = document.bands.map { b -> [WorkbookDocument.Cell] in
            [.text(display(b.unitName, or: b.unit)), .text(display(b.indicatorName, or: b.indicator)), .text(b.period.description),
             .number(b.minValue), .number(b.maxValue), .number(Double(b.targetCount)), .number(Double(b.unitCount)),
             .number(b.expected), .number(Double(b.lo95)), .number(Double(b.hi95)), .number(b.pMet),
             .text(Words.status(b.status, language))]
        }
        return .init(name: vi ? "Nhóm tiêu chí" : "Bands", columns: columns, rows: rows)
    }

    func laggingSheet() -> WorkbookDocument.Sheet {
        let header = Words.laggingHeader(language)
        let d = decimals(document.lagging.map(\.gap))
        let columns: [WorkbookDocument.Column] = [
            .init(header[0], .decimal(0)), .init(header[1]), .init(header[2]), .init(header[3]), .init(header[4]),
            .init(header[5]), .init(header[6], .decimal(d)), .init(vi ? "đơn vị tính" : "measure"), .init(header[7], .decimal(2)),
        ]
        let rows = document.lagging.map { l -> [WorkbookDocument.Cell] in
            [.number(Double(l.rank)), .text(display(l.unitName, or: l.unit)), .text(Words.level(l.level, language)),
             .text(l.parentName), .text(display(l.indicatorName, or: l.indicator)), .text(Words.reason(l.reason, language)),
             .number(l.gap), .text(Words.measure(l.gapMeasure, language, count: l.gap)), .number(l.risk)]
        }
        return .init(name: vi ? "Đơn vị chậm" : "Lagging units", columns: columns, rows: rows)
    }
}
