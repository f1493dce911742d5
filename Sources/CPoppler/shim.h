#ifndef CPOPPLER_SHIM_H
#define CPOPPLER_SHIM_H
// Poppler's GLib API: open a PDF, read each page's text in reading order with its layout.
#include <poppler.h>
#endif
