#ifndef COPENBLAS_SHIM_H
#define COPENBLAS_SHIM_H
// Debian's libopenblas-dev installs cblas.h under /usr/include/<triplet>/ (an
// update-alternatives link to the openblas-pthread flavour), which is on the default
// include path; pkg-config "openblas" additionally adds the flavour's own directory.
#include <cblas.h>
#endif
