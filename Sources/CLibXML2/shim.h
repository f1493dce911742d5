#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
// libxml2's HTML parser (a tag-soup-tolerant HTML parser) and its tree API.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the ICU inside Swift's Foundation.
// Only pointers to encoding handlers cross into Swift, never their fields, so the ICU members can go.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>
#include <libxml/xmlerror.h>
#include <libxml/parserInternals.h>

// libxml2 prints encoding and I/O errors on stderr whatever the parse options say; FactCheck reports
// problems itself, one line per file. The handler is variadic, which Swift cannot write, hence C here.
// libxml2 keeps handlers per thread, so this is called before each parse.
static void factcheck_xml_ignore(void *context, const char *message, ...) { (void)context; (void)message; }
static void factcheck_xml_ignore_structured(void *context, xmlErrorPtr error) { (void)context; (void)error; }
static inline void factcheck_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, factcheck_xml_ignore);
    xmlSetStructuredErrorFunc(NULL, factcheck_xml_ignore_structured);
}
#endif
