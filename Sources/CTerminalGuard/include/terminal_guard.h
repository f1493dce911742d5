#ifndef FACTCHECK_TERMINAL_GUARD_H
#define FACTCHECK_TERMINAL_GUARD_H

/// Saves the terminal's settings now and, on SIGTERM or SIGHUP, puts them back before dying of
/// that signal: otherwise a shell killed while libedit has the terminal raw leaves it without echo.
void fc_restore_terminal_on_termination(void);

#endif
