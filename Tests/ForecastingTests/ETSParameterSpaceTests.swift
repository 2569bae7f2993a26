import Testing
@testable import Forecasting

/// The admissible region and the starting values, against R.
@Suite struct ETSParameterSpaceTests {
    @Test func admissibleRegionMatchesR() {
        var disagreements = 0
        for p in ETSFixtures.shared.admissible {
            let ours = ETSParameterSpace.isAdmissible(alpha: p.alpha, beta: p.beta, gamma: p.gamma, phi: p.phi, period: p.m)
            if ours != p.admissible {
                disagreements += 1
                print("admissible(\(p.alpha), \(p.beta), \(p.gamma), \(p.phi), \(p.m)): R \(p.admissible), ours \(ours)")
            }
        }
        #expect(disagreements == 0)
    }

    @Test func schurCohnCountsRootsInsideTheDisc() {
        // (z − 0.5)(z + 0.8) = z² + 0.3z − 0.4: roots 0.5, −0.8.
        #expect(ETSParameterSpace.rootsInsideDisc([-0.4, 0.3, 1], radius: 1))
        // (z − 2)(z + 0.5) = z² − 1.5z − 1: a root at 2.
        #expect(!ETSParameterSpace.rootsInsideDisc([-1, -1.5, 1], radius: 1))
        // 1 + z: a root at −1, on the circle; inside a slightly larger disc.
        #expect(ETSParameterSpace.rootsInsideDisc([1, 1.0 / (1 + 1e-9)], radius: 1 + 1e-10) == false)
        #expect(ETSParameterSpace.rootsInsideDisc([1, 1], radius: 1 + 1e-10))
    }
}
