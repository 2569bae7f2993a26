// swift-tools-version:6.1
//
// ChiTieu — forecasting and target attainment for provincial planners.
//
// The targets below follow the flow of data, each depending only on the
// ones before it:
//
//   ParallelWork  the threads batch work uses (CHITIEU_THREADS), and pieces done on them in order
//   InputFiles    CSV files and .xlsx workbooks → observations, units, targets, bands (with positions)
//   CLAPACKE      the C binding to OpenBLAS + LAPACKE (the only C in the package)
//   LinearAlgebra matrices and least squares on LAPACK (the only user of C pointers)
//   Probability   normal and Student-t distributions, seeded random numbers
//   Optimization  minimisers (Nelder–Mead, BFGS, Levenberg–Marquardt) for model fitting
//   Forecasting   models: spec → fit → fitted model → Forecast, batch fitting built in
//   Planning      a dataset's series → batched forecasts, calibration, coherent totals,
//                 target attainment, new-rural bands, lagging units
//   Reporting     tables, CSV, JSON for people and for Excel, R, Python
//   ChiTieu       the library a program imports: the layers above in one `import`, and the version
//   ChiTieuCLI    the `chitieu` command: options and exit codes, no statistics
//   ChiTieuBenchmarks  `chitieu-bench`: release-mode timings, per series
//   ChiTieuFuzz   `chitieu-fuzz`: libFuzzer targets for the readers, and their corpus replayer
import PackageDescription

let package = Package(
    name: "ChiTieu",
    products: [
        .executable(name: "chitieu", targets: ["ChiTieuCLI"]),
        .executable(name: "chitieu-bench", targets: ["ChiTieuBenchmarks"]),
        .executable(name: "chitieu-fuzz", targets: ["ChiTieuFuzz"]),
        .library(name: "ChiTieu", targets: ["ChiTieu", "InputFiles", "LinearAlgebra", "Probability", "Optimization", "Forecasting", "Planning", "Reporting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // The .xlsx container (a ZIP archive) for workbooks read and written.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // `swift package generate-documentation`: the DocC reference and articles (Sources/ChiTieu/ChiTieu.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", exact: "1.5.0"),
        // Property tests only (random inputs with shrinking, in Swift Testing).
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    ],
    targets: [
        // Threads: the same results on one core or many
        .target(name: "ParallelWork"),

        // Input
        .target(name: "InputFiles", dependencies: ["ParallelWork", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),

        // Numeric core
        .systemLibrary(
            name: "CLAPACKE",
            pkgConfig: "lapacke",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        .target(name: "LinearAlgebra", dependencies: ["CLAPACKE"]),
        .target(name: "Probability"),
        .target(name: "Optimization", dependencies: ["LinearAlgebra"]),

        // Models
        .target(name: "Forecasting", dependencies: ["ParallelWork", "LinearAlgebra", "Probability", "Optimization"]),

        // Planning
        .target(name: "Planning", dependencies: ["ParallelWork", "InputFiles", "LinearAlgebra", "Probability", "Forecasting"]),

        // Report and CSV
        .target(name: "Reporting", dependencies: ["ParallelWork", "InputFiles", "Forecasting", "Planning", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),

        // The library as one import
        .target(name: "ChiTieu", dependencies: ["InputFiles", "Probability", "Forecasting", "Planning", "Reporting"]),

        // CLI
        .executableTarget(
            name: "ChiTieuCLI",
            dependencies: [
                "ChiTieu", "ParallelWork", "InputFiles", "Forecasting", "Planning", "Reporting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Benchmarks (release builds only; compared with numpy and statsforecast by Benchmarks/compare.py)
        .executableTarget(name: "ChiTieuBenchmarks", dependencies: ["ParallelWork", "InputFiles", "LinearAlgebra", "Forecasting", "Planning", "Reporting"]),

        // Fuzz targets of the input layer (libFuzzer with -DFUZZING; a corpus replayer otherwise)
        .executableTarget(name: "ChiTieuFuzz", dependencies: ["InputFiles"]),

        // Tests
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ProbabilityTests", dependencies: ["Probability"], resources: [.copy("Fixtures")]),
        .testTarget(name: "InputFilesTests", dependencies: ["InputFiles", "ParallelWork"], resources: [.copy("Fixtures")]),
        .testTarget(name: "OptimizationTests", dependencies: ["Optimization"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ForecastingTests", dependencies: ["Forecasting", "LinearAlgebra", "Probability", "Optimization", .product(name: "PropertyBased", package: "swift-property-based")], resources: [.copy("Fixtures")]),
        .testTarget(name: "PlanningTests", dependencies: ["Planning", "InputFiles", "Forecasting", "LinearAlgebra", "Probability", .product(name: "PropertyBased", package: "swift-property-based")], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "ParallelWork", "Planning", "InputFiles", "Forecasting", .product(name: "PropertyBased", package: "swift-property-based")], resources: [.copy("Fixtures")]),
        .testTarget(name: "ChiTieuCLITests", dependencies: ["ChiTieuCLI", "ChiTieu", "ParallelWork", "InputFiles", .product(name: "PropertyBased", package: "swift-property-based")], resources: [.copy("Fixtures")]),
        // The library as a program uses it: `import ChiTieu` alone, the documentation's calls.
        .testTarget(name: "ChiTieuLibraryTests", dependencies: ["ChiTieu"]),
        // Runs every command of every Markdown notebook in Notebooks-text/ and compares its output.
        .testTarget(name: "NotebookTests", dependencies: ["ChiTieuCLI"], exclude: ["Fixtures"]),
    ]
)
