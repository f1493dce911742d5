import COpenBLAS

/// Thin wrapper over OpenBLAS: row-major single-precision GEMM and the thread-count control.
enum BLAS {
    /// C[m×n] = alpha · A[m×k] · op(B) + beta · C, all row-major. `transposeB` means B is
    /// stored as [n×k] (PyTorch's [out, in] Linear layout, or K in Q·Kᵀ).
    @inline(__always)
    static func sgemm(m: Int, n: Int, k: Int, alpha: Float = 1,
                      a: UnsafePointer<Float>, lda: Int,
                      b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
                      beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int) {
        cblas_sgemm(CblasRowMajor, CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                    blasint(m), blasint(n), blasint(k), alpha,
                    a, blasint(lda), b, blasint(ldb), beta, c, blasint(ldc))
    }

    /// Number of threads OpenBLAS uses for large products (process-wide).
    static var threadCount: Int {
        get { Int(openblas_get_num_threads()) }
        set { openblas_set_num_threads(Int32(Swift.max(1, newValue))) }
    }
}
