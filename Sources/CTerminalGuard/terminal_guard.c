#include "terminal_guard.h"
#include <signal.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved;
static volatile sig_atomic_t have_saved = 0;

/* Only async-signal-safe calls here: restore, reset to the default action, re-raise. */
static void restore_and_die(int sig) {
    if (have_saved) tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    signal(sig, SIG_DFL);
    raise(sig);
}

void fc_restore_terminal_on_termination(void) {
    if (tcgetattr(STDIN_FILENO, &saved) == 0) have_saved = 1;
    signal(SIGTERM, restore_and_die);
    signal(SIGHUP, restore_and_die);
}
