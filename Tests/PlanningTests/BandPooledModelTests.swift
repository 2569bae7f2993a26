import Forecasting
@testable import Planning
import Probability
import Testing

@Suite struct BandPooledModelTests {
    /// The mean absolute and mean signed error of the pooled model's P(X ≥ 5),
    /// P(X ≥ 9), P(X ≥ 14), one and two years ahead, against the true ones,
    /// over the (commune, threshold, horizon) triples whose true probability
    /// is not already 0 or 1 (those would flatter the error), on 4 seeded
    /// panels the size of Sơn La's: 12 districts × 16 communes, 2011–2013
    /// (384 changes). `trueEffects` plugs in the true district effects in
    /// place of the estimated ones.
    func calibration(_ truth: BandPanelSimulator, trueEffects: Bool = false) throws -> (mae: Double, bias: Double, count: Int) {
        var errors: [Double] = []
        for seed in UInt64(1)...4 {
            let panel = truth.panel(perDistrict: 16, years: 3, seed: seed)
            var fitted = try PooledTransitionModel().fit(panel)
            if trueEffects {
                fitted = PooledTransitionModel.Fitted(
                    cap: fitted.cap, bins: fitted.bins, changeProbabilities: fitted.changeProbabilities, binMeans: fitted.binMeans,
                    districtEffects: Dictionary(uniqueKeysWithValues: truth.districtEffects.enumerated().map { ("d\($0)", $1) }),
                    withinVariance: fitted.withinVariance, betweenVariance: fitted.betweenVariance, changeCount: fitted.changeCount)
            }
            for history in panel {
                let x = Int(history.series.values.last!)
                let j = Int(history.parent!.dropFirst())!
                for steps in 1...2 {
                    let predicted = fitted.distribution(from: x, steps: steps, district: history.parent)
                    let exact = truth.truth(from: x, steps: steps, district: j)
                    for k in [5, 9, 14] {
                        let p = exact[k...].reduce(0, +)
                        guard p > 0.01, p < 0.99 else { continue }
                        errors.append(predicted.probability(atLeast: k) - p)
                    }
                }
            }
        }
        let mae = errors.reduce(0) { $0 + abs($1) } / Double(errors.count)
        return (mae, errors.reduce(0, +) / Double(errors.count), errors.count)
    }

    /// Without district differences the pooled model's band probabilities are
    /// within 0.03 of the truth on average (measured: 0.021), with a small bias.
    @Test func calibratedWithoutDistrictEffects() throws {
        let result = try calibration(BandPanelSimulator(districtEffects: [Double](repeating: 0, count: 12)))
        print("pooled calibration, no district effects: MAE \(result.mae), bias \(result.bias), \(result.count) probabilities")
        #expect(result.count > 1000)
        #expect(result.mae <= 0.03)
        #expect(abs(result.bias) <= 0.015, "measured −0.009")
    }

    /// With district effects from −0.5 to +0.6 criteria a year, the
    /// transitions are as well calibrated given the true effects (≤ 0.03);
    /// estimating 12 effects from 32 changes each costs more (measured
    /// 0.043 — the standard error of a district's mean change is about
    /// 0.9/√32 ≈ 0.16 criteria), still unbiased over communes.
    @Test func calibratedWithDistrictEffects() throws {
        let truth = BandPanelSimulator(districtEffects: [-0.5, -0.3, -0.2, -0.1, 0, 0, 0.1, 0.2, 0.3, 0.4, 0.6, -0.4])
        let known = try calibration(truth, trueEffects: true)
        let estimated = try calibration(truth)
        print("pooled calibration, district effects: MAE \(estimated.mae) (true effects \(known.mae)), bias \(estimated.bias)")
        #expect(known.mae <= 0.03)
        #expect(estimated.mae <= 0.05)
        #expect(abs(estimated.bias) <= 0.01)
    }

    /// District effects are shrunk toward 0 and keep their order; ρ̂ is
    /// clearly positive with strong district effects and near 0 without.
    @Test func districtEffectsAndCorrelation() throws {
        let strong = BandPanelSimulator(districtEffects: [-0.8, -0.4, 0, 0.4, 0.8, 1.2, -0.6, 0.2])
        let fitted = try PooledTransitionModel().fit(strong.panel(perDistrict: 20, years: 4, seed: 11))
        let effects = (0..<8).map { fitted.districtEffects["d\($0)"]! }
        #expect(effects[5] > effects[4] && effects[4] > effects[3] && effects[1] > effects[0])
        #expect(fitted.districtCorrelation > 0.05)
        let none = BandPanelSimulator(districtEffects: [Double](repeating: 0, count: 8))
        let flat = try PooledTransitionModel().fit(none.panel(perDistrict: 20, years: 4, seed: 12))
        #expect(flat.districtCorrelation < 0.03)
        #expect(flat.districtEffects.values.allSatisfy { abs($0) < 0.15 })
    }

    /// The method-of-moments components against the ANOVA mean squares computed by numpy.
    @Test(arguments: ["unequal", "no-effect"])
    func varianceComponentsMatchReference(_ name: String) throws {
        let rows = try bandFixture("bands-variance-components.csv").filter { $0["case"] == name }
        var groups: [[Double]] = []
        for row in rows where Int(row["group"]!) != nil {
            let g = Int(row["group"]!)!
            if g == groups.count { groups.append([]) }
            groups[g].append(Double(row["value"]!)!)
        }
        let components = VarianceComponents(groups: groups)
        let within = bandFixtureValues(rows, ["group": "within"])[0]
        let between = bandFixtureValues(rows, ["group": "between"])[0]
        #expect(abs(components.within - within) < 1e-12)
        #expect(abs(components.between - between) < 1e-12)
    }

    @Test func levelBinsHoldEnoughChanges() {
        let model = PooledTransitionModel(cap: 19, minimumPerBin: 3)
        // Levels 0,0,1,2,2,2,5,9,9,19: bins close once they hold 3 levels; a short tail joins the last bin.
        #expect(model.levelBins([0, 0, 1, 2, 2, 2, 5, 9, 9, 19]) == [0...1, 2...2, 3...19])
        #expect(model.levelBins([]) == [0...19])
        #expect(model.levelBins([4, 4]) == [0...19])
    }

    /// A commune at the cap cannot rise above it; one at 0 cannot fall below it; the
    /// distribution after h years is the kernel applied h times.
    @Test func boundsAndMultiYearSteps() throws {
        // Every commune rises by 0 or by 2 with probability ½ — and one falls by 3 from level 1.
        var histories: [UnitHistory] = (0..<20).map { i in
            UnitHistory(unit: "u\(i)", parent: nil, series: TimeSeries(start: 2012, frequency: 1, values: [10, i % 2 == 0 ? 10 : 12]))
        }
        histories.append(UnitHistory(unit: "falls", parent: nil, series: TimeSeries(start: 2012, frequency: 1, values: [3, 0])))
        let fitted = try PooledTransitionModel(minimumPerBin: 100, smoothing: 0).fit(histories)
        #expect(fitted.bins == [0...19])
        let atCap = fitted.distribution(from: 19, steps: 1, district: nil)
        #expect(abs(atCap.probabilities[19] - 20.0 / 21) < 1e-15, "rises are clamped at the cap")
        #expect(abs(atCap.probabilities[16] - 1.0 / 21) < 1e-15, "the one fall is kept")
        let atZero = fitted.distribution(from: 0, steps: 1, district: nil)
        #expect(abs(atZero.probabilities[0] - 11.0 / 21) < 1e-15, "no change, or a fall clamped at 0")
        #expect(abs(atZero.probabilities[2] - 10.0 / 21) < 1e-15)
        let one = fitted.step(from: 8, districtEffect: 0)
        let two = fitted.distribution(from: 8, steps: 2, district: nil)
        let composed = (0...19).map { y in (0...19).reduce(0.0) { $0 + one[$1] * fitted.step(from: $1, districtEffect: 0)[y] } }
        #expect(zip(two.probabilities, composed).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(fitted.distribution(from: 8, steps: 0, district: nil).probabilities[8] == 1)
    }

    /// A fractional district effect d moves the mean by d away from the bounds.
    @Test func fractionalDistrictShift() throws {
        let histories = (0..<10).map { i in
            UnitHistory(unit: "u\(i)", parent: nil, series: TimeSeries(start: 2012, frequency: 1, values: [5, Double(6 + i % 2)]))
        }
        let fitted = try PooledTransitionModel(smoothing: 0).fit(histories)
        let base = CountDistribution(weights: fitted.step(from: 5, districtEffect: 0)).mean
        let shifted = CountDistribution(weights: fitted.step(from: 5, districtEffect: 0.3)).mean
        let down = CountDistribution(weights: fitted.step(from: 5, districtEffect: -1.25)).mean
        #expect(abs(base - 6.5) < 1e-12 && abs(shifted - 6.8) < 1e-12 && abs(down - 5.25) < 1e-12)
    }

    @Test func noChangesToLearnFrom() {
        let single = [UnitHistory(unit: "a", parent: "d", series: TimeSeries(start: 2013, frequency: 1, values: [4]))]
        #expect(throws: PooledTransitionModel.FitError.noChanges) { try PooledTransitionModel().fit(single) }
    }
}
