#ifndef FACTCHECK_CSTEMMER_SHIM_H
#define FACTCHECK_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
