import CLAPACKE

/// OpenBLAS runs every call on the calling thread.
///
/// ChiTieu's matrices are small — a design of 14 × 3, a Kalman filter's
/// 26 × 26 state covariance — and there OpenBLAS's own thread pool costs
/// more than it saves: waking its threads and yielding while they wait took
/// 40% of a seasonal ARIMA fit (perf, 2 cores), against 21% in the matrix
/// products themselves. The parallel work is across series instead
/// (`IndependentFits` in Forecasting), and a BLAS that also spawned threads
/// inside each worker would oversubscribe the cores.
///
/// Every routine of this module that calls BLAS or LAPACK first calls
/// `BLASThreads.pin()`; the setting is made once per process.
public enum BLASThreads {
    /// Makes OpenBLAS single-threaded, once; later calls cost an atomic load.
    @inline(__always)
    public static func pin() { _ = pinned }

    private static let pinned: Void = { openblas_set_num_threads(1) }()
}
