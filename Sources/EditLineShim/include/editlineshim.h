#ifndef SMM_EDITLINESHIM_H
#define SMM_EDITLINESHIM_H

#include <histedit.h>

/// Fixed-argument wrappers around libedit's variadic calls, which Swift cannot call.

/// Sets LC_CTYPE from the environment; falls back to C.UTF-8 when that locale is not UTF-8.
/// Returns 1 when a UTF-8 locale is in effect afterwards.
int smm_setup_utf8_locale(void);

/// el_init on the process's stdin, stdout and stderr.
EditLine *smm_el_init(const char *prog);
int smm_el_set_prompt(EditLine *el, char *(*fn)(EditLine *));
int smm_el_set_editor(EditLine *el, const char *mode);
int smm_el_set_signal(EditLine *el, int on);
int smm_el_set_clientdata(EditLine *el, void *data);
void *smm_el_get_clientdata(EditLine *el);
int smm_el_set_history(EditLine *el, History *h);
int smm_el_addfn(EditLine *el, const char *name, const char *help,
                 unsigned char (*fn)(EditLine *, int));
int smm_el_bind(EditLine *el, const char *key, const char *function);
int smm_el_source(EditLine *el);
/// Terminal width in columns as libedit sees it (80 when unknown).
int smm_el_columns(EditLine *el);
/// Stops libedit from flushing unread tty input on el_end.
void smm_el_end(EditLine *el);

/// Reads keys so that zero-width characters (variation selectors, joiners, combining marks)
/// go into the line without libedit drawing them, which it cannot do right. Returns 0 on
/// success.
int smm_el_guard_zero_width(EditLine *el);

/// Turns off the terminal's insert and delete capabilities for libedit, which misplaces the
/// cursor with them before a wide character; it rewrites the end of the line instead.
int smm_el_rewrite_instead_of_insert(EditLine *el);

History *smm_history_init(int size);
int smm_history_enter(History *h, const char *line);
int smm_history_load(History *h, const char *path);
int smm_history_save(History *h, const char *path);

/// Installs a SIGINT handler (no SA_RESTART) that only raises a flag, so el_gets returns.
void smm_install_sigint_handler(void);
/// Returns 1 and clears the flag if SIGINT arrived since the last call.
int smm_take_interrupt(void);

#endif
