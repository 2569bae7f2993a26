// The C surface ChiTieu uses: CBLAS (OpenBLAS) and LAPACKE (Debian's
// libopenblas-dev and liblapacke-dev). Only the LinearAlgebra module imports it.
#include <cblas.h>
#include <lapacke.h>

// OpenBLAS's own: declared here too, since another BLAS's cblas.h (where the
// cblas.h alternative points elsewhere) does not declare it; the module links
// OpenBLAS, which defines it.
void openblas_set_num_threads(int num_threads);
