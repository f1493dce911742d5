#ifndef CLINKGRAMMAR_SHIM_H
#define CLINKGRAMMAR_SHIM_H
// The public C API of CMU Link Grammar (5.x): dictionaries, parse options,
// sentences and linkages.
#include <link-grammar/link-includes.h>
#endif
