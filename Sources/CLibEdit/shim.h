#ifndef FACTCHECK_CLIBEDIT_SHIM_H
#define FACTCHECK_CLIBEDIT_SHIM_H
#include <stdio.h>
/* Always the editline copy: GNU readline headers may also be installed and would clash. */
#include <editline/readline.h>

/* Swift 6 cannot assign C globals without a strict-concurrency error; these one-line setters can. */
static inline void fc_set_completion(rl_completion_func_t *fn) { rl_attempted_completion_function = fn; }
static inline void fc_set_completion_over(int v) { rl_attempted_completion_over = v; }
static inline void fc_set_catch_signals(int v) { rl_catch_signals = v; }
static inline void fc_set_readline_name(const char *name) { rl_readline_name = name; }
static inline const char *fc_line_buffer(void) { return rl_line_buffer; }
static inline int fc_point(void) { return rl_point; }
static inline void fc_set_word_break_characters(const char *s) { rl_completer_word_break_characters = (char *)s; }
/* 0 after a completed folder name (`Claims/`), so the next Tab lists inside it; ' ' after anything else. */
static inline void fc_set_completion_append_character(int c) { rl_completion_append_character = c; }
#endif
