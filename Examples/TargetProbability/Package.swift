// swift-tools-version:6.1
//
// An example of ChiTieu used as a library: a program that depends on it by
// URL and version, forecasts a small panel and prints the probability that
// each unit reaches its target.
//
// The dependency is resolved the way any user's would be: a git clone of
// the tagged version. CHITIEU_URL names the repository (CI points it at a
// clone of main tagged with ChiTieu's version: see Examples/run-example.sh).
import PackageDescription

let chitieu = Context.environment["CHITIEU_URL"] ?? "https://github.com/chitieu/chitieu"

let package = Package(
    name: "TargetProbability",
    dependencies: [
        .package(url: chitieu, from: "0.5.0"),
    ],
    targets: [
        .executableTarget(name: "TargetProbability", dependencies: [.product(name: "ChiTieu", package: "chitieu")]),
    ]
)
