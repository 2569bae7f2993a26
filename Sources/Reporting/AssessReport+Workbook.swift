import InputFiles
import Planning

extension AssessReport {
    /// The summary as a workbook, numbers as numbers: the targets with their
    /// outcomes, then (where there are rows) what the review said during the
    /// year, its record by month, the band targets and a ranking per level.
    public func workbook() -> WorkbookDocument {
        let vi = language == .vi
        let smallest = assessment.outcomes.map { abs($0.target.low) }.filter { $0 > 0 }.min() ?? 0
        let d = NumberText.decimals(forScale: smallest)
        let columns: [WorkbookDocument.Column] = [
            .init(vi ? "đơn vị" : "unit"), .init(vi ? "chỉ tiêu" : "indicator"), .init(vi ? "kỳ" : "period"),
            .init(vi ? "mức dưới" : "target low", .decimal(d)), .init(vi ? "mức trên" : "target high", .decimal(d)),
            .init(vi ? "thực hiện" : "outcome", .decimal(d)), .init(vi ? "tỷ lệ so với mức dưới" : "share of low", .percent(1)),
            .init(vi ? "đánh giá" : "status"),
        ]
        let rows = assessment.outcomes.map { o -> [WorkbookDocument.Cell] in
            [.text(unitNames[o.target.unit] ?? o.target.unit), .text(indicatorNames[o.target.indicator] ?? o.target.indicator),
             .text(o.target.period.description), .number(o.target.low), .number(o.target.high),
             o.outcome.map { .number($0) } ?? .empty, o.share.map { .number($0) } ?? .empty, .text(Self.word(o.status, language))]
        }
        var sheets: [WorkbookDocument.Sheet] = [.init(name: vi ? "Tổng kết \(assessment.label)" : "Summary \(assessment.label)", columns: columns, rows: rows)]
        if !hindcast.isEmpty || !unscored.isEmpty {
            sheets.append(hindcastSheet(decimals: d))
            sheets.append(scoresSheet())
        }
        if !assessment.bands.isEmpty { sheets.append(bandsSheet()) }
        for level in assessment.standings.keys.sorted(by: Self.levelOrder) {
            sheets.append(standingsSheet(level, assessment.standings[level]!))
        }
        return WorkbookDocument(sheets: sheets)
    }

    func hindcastSheet(decimals d: Int) -> WorkbookDocument.Sheet {
        let vi = language == .vi
        let columns: [WorkbookDocument.Column] = [
            .init(vi ? "đơn vị" : "unit"), .init(vi ? "chỉ tiêu" : "indicator"), .init(vi ? "số liệu đến" : "data through"),
            .init(vi ? "dự báo" : "projected", .decimal(d)), .init(vi ? "khoảng 80%: thấp" : "80% low", .decimal(d)),
            .init(vi ? "khoảng 80%: cao" : "80% high", .decimal(d)), .init(vi ? "khoảng 95%: thấp" : "95% low", .decimal(d)),
            .init(vi ? "khoảng 95%: cao" : "95% high", .decimal(d)), .init(vi ? "XS đạt" : "P(met)", .percent(0)),
            .init(vi ? "thực hiện" : "outcome", .decimal(d)), .init(vi ? "trong khoảng 80%" : "inside 80%"),
            .init(vi ? "trong khoảng 95%" : "inside 95%"),
        ]
        let yes = vi ? "có" : "yes", no = vi ? "không" : "no"
        let rows = hindcast.map { h -> [WorkbookDocument.Cell] in
            [.text(unitNames[h.target.unit] ?? h.target.unit), .text(indicatorNames[h.target.indicator] ?? h.target.indicator),
             .text(Period.month(year: h.target.period.year, month: h.month).description), .number(h.projected),
             .number(h.lo80), .number(h.hi80), .number(h.lo95), .number(h.hi95), .number(h.probability), .number(h.outcome),
             .text(h.inside80 ? yes : no), .text(h.inside95 ? yes : no)]
        }
        return .init(name: vi ? "Dự báo trong năm" : "During the year", columns: columns, rows: rows)
    }

    func scoresSheet() -> WorkbookDocument.Sheet {
        let vi = language == .vi
        let columns: [WorkbookDocument.Column] = [
            .init(vi ? "số liệu đến hết tháng" : "data through the end of month", .decimal(0)), .init(vi ? "số chỉ tiêu" : "targets", .decimal(0)),
            .init(vi ? "trong khoảng 80%" : "inside 80%", .percent(0)), .init(vi ? "trong khoảng 95%" : "inside 95%", .percent(0)),
            .init(vi ? "điểm Brier" : "Brier score", .decimal(3)),
            .init(vi ? "không dự báo được" : "not projected", .decimal(0)),
        ]
        func cell(_ x: Double) -> WorkbookDocument.Cell { x.isFinite ? .number(x) : .empty }
        let rows = scores.map { s -> [WorkbookDocument.Cell] in
            [.number(Double(s.month)), .number(Double(s.count)), cell(s.coverage80), cell(s.coverage95), cell(s.brier),
             .number(Double(s.unscored))]
        }
        return .init(name: vi ? "Độ tin cậy theo tháng" : "Record by month", columns: columns, rows: rows)
    }

    func bandsSheet() -> WorkbookDocument.Sheet {
        let vi = language == .vi
        let columns: [WorkbookDocument.Column] = [
            .init(vi ? "đơn vị" : "unit"), .init(vi ? "chỉ tiêu" : "indicator"), .init(vi ? "kỳ" : "period"),
            .init(vi ? "từ" : "from", .decimal(0)), .init(vi ? "đến" : "to", .decimal(0)),
            .init(vi ? "số đơn vị phải đạt" : "units required", .decimal(0)), .init(vi ? "đã đạt" : "reached", .decimal(0)),
            .init(vi ? "chưa có số liệu" : "no outcome", .decimal(0)), .init(vi ? "tổng số đơn vị" : "units counted", .decimal(0)),
            .init(vi ? "đánh giá" : "status"),
        ]
        let rows = assessment.bands.map { b -> [WorkbookDocument.Cell] in
            [.text(unitNames[b.band.unit] ?? b.band.unit), .text(indicatorNames[b.band.indicator] ?? b.band.indicator),
             .text(b.band.period.description), .number(b.band.minValue), .number(b.band.maxValue), .number(Double(b.band.count)),
             .number(Double(b.reached)), .number(Double(b.missing)), .number(Double(b.counted)), .text(Self.word(b.status, language))]
        }
        return .init(name: vi ? "Nhóm tiêu chí" : "Band targets", columns: columns, rows: rows)
    }

    func standingsSheet(_ level: String, _ standings: [UnitStanding]) -> WorkbookDocument.Sheet {
        let vi = language == .vi
        let columns: [WorkbookDocument.Column] = [
            .init(vi ? "hạng" : "rank", .decimal(0)), .init(vi ? "đơn vị" : "unit"),
            .init(vi ? "chỉ tiêu hoàn thành" : "targets met", .decimal(0)), .init(vi ? "số chỉ tiêu" : "targets", .decimal(0)),
            .init(vi ? "chưa có số liệu" : "no outcome", .decimal(0)), .init(vi ? "tổng mức thiếu hụt" : "total shortfall", .percent(1)),
        ]
        let rows = standings.map { s -> [WorkbookDocument.Cell] in
            [.number(Double(s.rank)), .text(unitNames[s.unit] ?? s.unit), .number(Double(s.met)), .number(Double(s.targets)),
             .number(Double(s.missing)), .number(s.shortfall)]
        }
        let name = level.isEmpty ? "" : " — " + Words.level(level, language)
        return .init(name: (vi ? "Xếp hạng" : "Ranking") + name, columns: columns, rows: rows)
    }
}
