import Testing
import Forecasting

/// The shared conformance checks (`Conformance.swift`) on pinned ARIMA
/// orders, the same checks written out for the automatic model (whose
/// forecasts name the chosen order, not `arima`), the names, the errors,
/// and the shift property.
@Suite struct ARIMAConformanceTests {
    static let fixtures = ARIMAFixtures.shared

    static func series(_ name: String) -> TimeSeries { fixtures.series[name]! }

    /// Yearly series every non-seasonal order below fits, plus affine copies.
    static var yearly: [TimeSeries] {
        let base = ["Nile", "LakeHuron", "WWWusage", "M3Y152"].map(series)
        let lake = series("LakeHuron")
        return base + [(1.3, 50.0), (0.7, -10.0)].map { factor, shift in
            TimeSeries(start: lake.start, frequency: 1, values: lake.values.map { $0 * factor + shift })
        }
    }

    /// Series some or all orders cannot fit, mixed into the batch.
    static let unfittable: [TimeSeries] = [
        TimeSeries(start: 2010, frequency: 1, values: []),
        TimeSeries(start: 2010, frequency: 1, values: [5, 6]),
        TimeSeries(start: 2003, frequency: 1, values: [3, -1, 4, 1, 5, .nan, 9, 2, 6, .nan, 5, 3, 5, 8]),
        TimeSeries(start: 2010, frequency: 1, values: [4, .infinity, 6, 7, 8, 9, 10, 12]),
        TimeSeries(start: 8000, frequency: 4, values: (0..<24).map { Double($0 % 4) + Double($0) }),
    ]

    @Test(arguments: ["arima:0,1,1", "arima:1,1,0+drift", "arima:2,0,0", "arima:1,0,1", "arima:0,1,0", "arima:1,0,0+drift", "arima:1,1,1"])
    func pinnedNonSeasonal(_ name: String) throws {
        let order = try #require(ARIMAOrder(name: name))
        try checkConformance(of: ARIMA(order: order), on: Self.yearly, extra: Self.unfittable)
    }

    @Test func pinnedSeasonal() throws {
        let quarterly = [Self.series("austres"), Self.series("logUKgas")]
        try checkConformance(of: ARIMA(order: ARIMAOrder(name: "arima:0,1,1:0,1,1:4")!), on: quarterly, extra: Self.unfittable)
        try checkConformance(of: ARIMA(order: ARIMAOrder(name: "arima:1,0,0:1,0,0:12")!), on: [Self.series("USAccDeaths")], extra: [Self.series("austres")])
    }

    /// The conformance checks for `arima`, except that a forecast names the
    /// order chosen (and refitting by that name gives the same forecast).
    @Test func automatic() throws {
        let model = AutoARIMA()
        let all = Self.yearly + Self.unfittable
        let batch = model.fit(batch: all)
        try #require(batch.count == all.count)
        for (s, result) in zip(all, batch) {
            let single = Result { () throws(ModelError) in try model.fit(s) }
            switch (result, single) {
            case let (.success(b), .success(f)):
                let forecast = try f.forecast(horizon: 6, levels: [80, 95])
                expectClose(try b.forecast(horizon: 6, levels: [80, 95]), forecast, tolerance: 1e-12)
                expectClose(b.summary, f.summary, tolerance: 1e-12)
                #expect(forecast.model == f.modelName && f.modelName.hasPrefix("arima:"))
                #expect(forecast.start == s.end + 1 && forecast.horizon == 6)
                for h in 0..<6 {
                    #expect(forecast.lower[1][h] <= forecast.lower[0][h] && forecast.lower[0][h] <= forecast.mean[h])
                    #expect(forecast.mean[h] <= forecast.upper[0][h] && forecast.upper[0][h] <= forecast.upper[1][h])
                }
                let pinned = try ARIMA(order: #require(ARIMAOrder(name: f.modelName))).fit(s)
                expectClose(try pinned.forecast(horizon: 6, levels: [80, 95]), forecast, tolerance: 1e-12)
                #expect(throws: ModelError.invalidHorizon(0)) { try f.forecast(horizon: 0, levels: [80]) }
                #expect(throws: ModelError.invalidLevel(100)) { try f.forecast(horizon: 3, levels: [100]) }
            case let (.failure(b), .failure(f)):
                #expect(b == f)
            default:
                Issue.record("arima: batch and single fit disagree on \(s)")
            }
        }
    }

    @Test func namesRoundTrip() throws {
        for name in ["arima:0,1,1", "arima:1,1,0+drift", "arima:2,0,0", "arima:2,0,1-mean", "arima:0,1,1:0,1,1:12", "arima:1,0,0:1,0,0:4+drift"] {
            let order = try #require(ARIMAOrder(name: name), "\(name) does not parse")
            #expect(order.name == name)
            #expect(ModelCatalog.model(named: name)?.name == name)
        }
        for bad in ["arima:", "arima:1,1", "arima:1,1,1:0,1,1", "arima:1,1,1:0,1,1:1", "arima:-1,0,0", "arima:0,1,1-mean", "arima:a,b,c", "arimax"] {
            #expect(ARIMAOrder(name: bad) == nil, "\(bad) should not parse")
        }
        #expect(ModelCatalog.model(named: "arima")?.name == "arima")
        #expect(ARIMAOrder(name: "arima:0,1,1:0,0,0:12")?.name == "arima:0,1,1")
        let pinned = try #require(ARIMAOrder(name: "arima:1,0,0"))
        #expect(pinned.includeMean && !pinned.includeDrift)
    }

    @Test func errorsSayWhy() throws {
        let quarterly = Self.series("austres")
        #expect(throws: ModelError.self) { try ARIMA(order: ARIMAOrder(name: "arima:0,1,1:0,1,1:12")!).fit(quarterly) }
        do {
            _ = try ARIMA(order: ARIMAOrder(name: "arima:0,1,1:0,1,1:12")!).fit(quarterly)
        } catch {
            #expect(error.description.contains("seasonal period 12") && error.description.contains("frequency 4"))
        }
        #expect(throws: ModelError.tooFewObservations(needed: 4, found: 3)) {
            try ARIMA(order: ARIMAOrder(name: "arima:0,1,1")!).fit(TimeSeries(start: 2000, frequency: 1, values: [1, 2, 4]))
        }
        #expect(throws: ModelError.tooFewObservations(needed: 3, found: 2)) {
            try AutoARIMA().fit(TimeSeries(start: 2000, frequency: 1, values: [1, 2]))
        }
        #expect(throws: ModelError.self) { try ARIMA(order: ARIMAOrder(name: "arima:0,2,1+drift")!).fit(Self.series("Nile")) }
        // A constant series: R's auto.arima gives ARIMA(0,0,0) with the mean fixed, σ² = 0.
        let flat = try AutoARIMA().fit(TimeSeries(start: 2000, frequency: 1, values: Array(repeating: 19, count: 12)))
        let forecast = try flat.forecast(horizon: 3, levels: [95])
        #expect(flat.modelName == "arima:0,0,0" && forecast.mean == [19, 19, 19] && forecast.upper[0] == [19, 19, 19])
        // A straight line: R gives ARIMA(0,1,0) with the drift fixed at the
        // step (and a σ² of about 10⁻³ from its diffuse start).
        let line = try AutoARIMA().fit(TimeSeries(start: 2000, frequency: 1, values: (0..<12).map { 100 + 5 * Double($0) }))
        let ahead = try line.forecast(horizon: 3, levels: [95])
        #expect(line.modelName == "arima:0,1,0+drift")
        for (h, value) in ahead.mean.enumerated() {
            #expect(abs(value - (160 + 5 * Double(h))) < 1e-6 && ahead.upper[0][h] - value < 0.2)
        }
    }

    /// Adding c to the data adds c to every forecast and bound (mean, drift
    /// and differences absorb it), for pinned and automatic models — up to
    /// 10⁻⁴ of the level: the differencing states start from R's prior
    /// N(0, κ = 10⁶), which is not quite diffuse for a series at 15 000, and
    /// σ² sums the standardised residuals of those first steps too. R moves
    /// too: `Arima(austres + 1000, c(0,1,1), c(0,1,1))` shifts the 95% bound
    /// by 1000.63 (here 1000.65).
    @Test(arguments: ["arima:0,1,1", "arima:1,1,0+drift", "arima:2,0,0", "arima:0,1,1:0,1,1:4", "arima"])
    func forecastsShiftWithTheData(_ name: String) throws {
        let base = name.hasSuffix(":4") ? Self.series("austres") : Self.series("LakeHuron")
        let shift = 1000.0
        let shifted = TimeSeries(start: base.start, frequency: base.frequency, values: base.values.map { $0 + shift })
        let model = try #require(ModelCatalog.model(named: name))
        let fits = model.fit(batch: [base, shifted])
        let a = try fits[0].get().forecast(horizon: 8, levels: [80, 95])
        let b = try fits[1].get().forecast(horizon: 8, levels: [80, 95])
        #expect(a.model == b.model)
        let pairs = zip(a.mean + a.lower.flatMap { $0 } + a.upper.flatMap { $0 }, b.mean + b.lower.flatMap { $0 } + b.upper.flatMap { $0 })
        let worst = pairs.map { abs($1 - $0 - shift) }.max() ?? 0
        let level = b.upper[1].map(abs).max() ?? 1
        #expect(worst <= 1e-4 * level, "\(name): shifted forecasts differ from the shift by \(worst)")
    }
}
