// The library a program imports: `import ChiTieu` brings every layer a
// user works with, in the order data flows through them.
//
//   InputFiles    datasets from CSV files, workbooks or arrays
//   Probability   distributions and seeded random numbers
//   Forecasting   models: spec → fit → fitted model → Forecast
//   Planning      panels, calibration, reconciliation, attainment probabilities
//   Reporting     tables, CSV, JSON, HTML and workbooks
//
// LinearAlgebra and Optimization, the numeric core the models stand on,
// stay behind them: import them by name to use them directly.
@_exported import InputFiles
@_exported import Probability
@_exported import Forecasting
@_exported import Planning
@_exported import Reporting
