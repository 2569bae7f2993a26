// swift-tools-version:6.1
//
// ChiTieu — forecasting and target attainment for provincial planners.
//
// The targets below follow the flow of data, each depending only on the
// ones before it:
//
//   InputFiles    CSV files and .xlsx workbooks → observations, units, targets, bands (with positions)
//   CLAPACKE      the C binding to OpenBLAS + LAPACKE (the only C in the package)
//   LinearAlgebra matrices and least squares on LAPACK (the only user of C pointers)
//   Probability   normal and Student-t distributions, seeded random numbers
//   Optimization  minimisers (Nelder–Mead, BFGS, Levenberg–Marquardt) for model fitting
//   Forecasting   models: spec → fit → fitted model → Forecast, batch fitting built in
//   Planning      a dataset's series → batched forecasts, calibration, coherent totals,
//                 target attainment, new-rural bands, lagging units
//   Reporting     tables, CSV, JSON for people and for Excel, R, Python
//   ChiTieuCLI    the `chitieu` command: options and exit codes, no statistics
//   ChiTieuBenchmarks  `chitieu-bench`: release-mode timings, per series
//   ChiTieuFuzz   `chitieu-fuzz`: libFuzzer targets for the readers, and their corpus replayer
import PackageDescription

// The numeric modules are compiled with optimisation in debug builds too:
// `swift test` and the notebooks run real model fits (automatic ETS on
// monthly series, ARIMA searches), which are 10–20× slower unoptimised.
let optimizedEvenInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "ChiTieu",
    products: [
        .executable(name: "chitieu", targets: ["ChiTieuCLI"]),
        .executable(name: "chitieu-bench", targets: ["ChiTieuBenchmarks"]),
        .executable(name: "chitieu-fuzz", targets: ["ChiTieuFuzz"]),
        .library(name: "ChiTieu", targets: ["InputFiles", "LinearAlgebra", "Probability", "Optimization", "Forecasting", "Planning", "Reporting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // The .xlsx container (a ZIP archive) for workbooks read and written.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // Property tests only (random inputs with shrinking, in Swift Testing).
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    ],
    targets: [
        // Input
        .target(name: "InputFiles", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),

        // Numeric core
        .systemLibrary(
            name: "CLAPACKE",
            pkgConfig: "lapacke",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        .target(name: "LinearAlgebra", dependencies: ["CLAPACKE"]),
        .target(name: "Probability", swiftSettings: optimizedEvenInDebug),
        .target(name: "Optimization", dependencies: ["LinearAlgebra"], swiftSettings: optimizedEvenInDebug),

        // Models
        .target(name: "Forecasting", dependencies: ["LinearAlgebra", "Probability", "Optimization"], swiftSettings: optimizedEvenInDebug),

        // Planning
        .target(name: "Planning", dependencies: ["InputFiles", "LinearAlgebra", "Probability", "Forecasting"], swiftSettings: optimizedEvenInDebug),

        // Report and CSV
        .target(name: "Reporting", dependencies: ["InputFiles", "Forecasting", "Planning", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),

        // CLI
        .executableTarget(
            name: "ChiTieuCLI",
            dependencies: [
                "InputFiles", "Forecasting", "Planning", "Reporting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Benchmarks (release builds only; compared with numpy and statsforecast by Benchmarks/compare.py)
        .executableTarget(name: "ChiTieuBenchmarks", dependencies: ["InputFiles", "LinearAlgebra", "Forecasting"]),

        // Fuzz targets of the input layer (libFuzzer with -DFUZZING; a corpus replayer otherwise)
        .executableTarget(name: "ChiTieuFuzz", dependencies: ["InputFiles"]),

        // Tests
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ProbabilityTests", dependencies: ["Probability"], resources: [.copy("Fixtures")]),
        .testTarget(name: "InputFilesTests", dependencies: ["InputFiles"], resources: [.copy("Fixtures")]),
        .testTarget(name: "OptimizationTests", dependencies: ["Optimization"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ForecastingTests", dependencies: ["Forecasting", "LinearAlgebra", "Probability", "Optimization", .product(name: "PropertyBased", package: "swift-property-based")], resources: [.copy("Fixtures")]),
        .testTarget(name: "PlanningTests", dependencies: ["Planning", "InputFiles", "Forecasting", "LinearAlgebra", "Probability", .product(name: "PropertyBased", package: "swift-property-based")], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Planning", "InputFiles", "Forecasting", .product(name: "PropertyBased", package: "swift-property-based")], resources: [.copy("Fixtures")]),
        .testTarget(name: "ChiTieuCLITests", dependencies: ["ChiTieuCLI", "InputFiles", .product(name: "PropertyBased", package: "swift-property-based")], resources: [.copy("Fixtures")]),
        // Runs every command of every Markdown notebook in Notebooks-text/ and compares its output.
        .testTarget(name: "NotebookTests", dependencies: ["ChiTieuCLI"], exclude: ["Fixtures"]),
    ]
)
