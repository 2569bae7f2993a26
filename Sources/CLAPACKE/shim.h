// The C surface ChiTieu uses: CBLAS (OpenBLAS) and LAPACKE (Debian's
// libopenblas-dev and liblapacke-dev). Only the LinearAlgebra module imports it.
#include <cblas.h>
#include <lapacke.h>
