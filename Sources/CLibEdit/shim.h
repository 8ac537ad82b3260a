// The C surface the LineEditing module needs from libedit and libc.
//
// libedit's readline-compatible API (editline/readline.h) is used rather than histedit.h: completion
// (common prefix on the first Tab, candidate list on the second), history files and incremental search
// come built in. See /work/shared/research/swift.md section 3 for why.
#ifndef CLIBEDIT_SHIM_H
#define CLIBEDIT_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <editline/readline.h>

/// Installs `handler` for SIGINT without SA_RESTART, so that a blocking read() interrupted by Ctrl-C
/// returns EINTR and libedit's readline() returns NULL instead of resuming the read.
///
/// Written in C because the layout of `struct sigaction` differs between glibc and Darwin.
/// Returns 0 on success, -1 with errno set otherwise.
static inline int clibedit_install_sigint_handler(void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}

/// The C standard input stream. A function because Swift 6 refuses the mutable C global `stdin`.
static inline FILE *clibedit_standard_input(void) { return stdin; }

/// The C standard output stream, shared with Swift's `print`, so both keep their order.
static inline FILE *clibedit_standard_output(void) { return stdout; }

#endif
