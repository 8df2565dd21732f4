#define _GNU_SOURCE
#include "editlineshim.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>
#include <wchar.h>
#include <wctype.h>

int smm_setup_utf8_locale(void) {
  setlocale(LC_CTYPE, "");
  const char *codeset = nl_langinfo(CODESET);
  if (codeset != NULL && strcmp(codeset, "UTF-8") == 0) return 1;
  if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) return 0;
  codeset = nl_langinfo(CODESET);
  return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

EditLine *smm_el_init(const char *prog) { return el_init(prog, stdin, stdout, stderr); }

int smm_el_set_prompt(EditLine *el, char *(*fn)(EditLine *)) {
  return el_set(el, EL_PROMPT, fn);
}

int smm_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }

int smm_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }

int smm_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }

void *smm_el_get_clientdata(EditLine *el) {
  void *data = NULL;
  if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}

int smm_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }

int smm_el_addfn(EditLine *el, const char *name, const char *help,
                 unsigned char (*fn)(EditLine *, int)) {
  return el_set(el, EL_ADDFN, name, help, fn);
}

int smm_el_bind(EditLine *el, const char *key, const char *function) {
  return el_set(el, EL_BIND, key, function, NULL);
}

int smm_el_source(EditLine *el) { return el_source(el, NULL); }

int smm_el_columns(EditLine *el) {
  int cols = 0;
  if (el_get(el, EL_GETTC, "co", &cols, NULL) != 0 || cols <= 0) return 80;
  return cols;
}

void smm_el_end(EditLine *el) {
  el_set(el, EL_EDITMODE, 0);
  el_end(el);
}

History *smm_history_init(int size) {
  History *h = history_init();
  if (h == NULL) return NULL;
  HistEvent ev;
  history(h, &ev, H_SETSIZE, size);
  history(h, &ev, H_SETUNIQUE, 1);
  return h;
}

int smm_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}

int smm_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}

int smm_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}

static volatile sig_atomic_t smm_interrupted = 0;

static void smm_on_sigint(int signo) {
  (void)signo;
  smm_interrupted = 1;
}

void smm_install_sigint_handler(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = smm_on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  sigaction(SIGINT, &sa, NULL);
}

int smm_take_interrupt(void) {
  if (!smm_interrupted) return 0;
  smm_interrupted = 0;
  return 1;
}

/* Zero-width characters (a variation selector as in ☀️, the joiner of 👨‍👩‍👧, combining marks):
   libedit's display keeps one character per cell, so it cannot show them, and its fast path
   for typing at the end of the line still moves its idea of the cursor one cell for each —
   after which what the screen shows drifts from the line until Ctrl-L. So they never reach
   libedit's drawing: the reader puts them into the line itself, then hands libedit a key bound
   to a plain refresh. The line keeps every character; the screen shows the visible ones, each
   where libedit thinks it is. */

static int smm_refresh_key = 0;

static int smm_is_zero_width(wchar_t c) {
  return c != 0 && !iswcntrl((wint_t)c) && wcwidth(c) == 0;
}

static int smm_read_char(EditLine *el, wchar_t *out) {
  char bytes[MB_LEN_MAX];
  size_t have = 0;
  mbstate_t state;
  memset(&state, 0, sizeof state);
  for (;;) {
    ssize_t got = read(STDIN_FILENO, bytes + have, 1);
    if (got == -1) {
      /* Ctrl-C ends the read (el_gets returns, the line is dropped); a resize or a resume,
         which libedit's own handlers already dealt with, does not. */
      if (errno == EINTR && !smm_interrupted) continue;
      *out = L'\0';
      return -1;
    }
    if (got == 0) {
      *out = L'\0';
      return 0;
    }
    have += 1;
    wchar_t c = 0;
    /* One byte at a time: the state holds the bytes of the character so far. */
    size_t used = mbrtowc(&c, bytes + have - 1, 1, &state);
    if (used == (size_t)-2 && have < sizeof bytes) continue;
    if (used == (size_t)-1 || used == (size_t)-2) {
      /* Not UTF-8: dropped, as libedit drops what it cannot decode. */
      have = 0;
      memset(&state, 0, sizeof state);
      continue;
    }
    if (smm_refresh_key != 0 && smm_is_zero_width(c)) {
      char text[MB_LEN_MAX + 1];
      mbstate_t back;
      memset(&back, 0, sizeof back);
      size_t length = wcrtomb(text, c, &back);
      if (length != (size_t)-1) {
        text[length] = '\0';
        el_insertstr(el, text);
        *out = (wchar_t)smm_refresh_key;
        return 1;
      }
    }
    *out = c;
    return 1;
  }
}

static unsigned char smm_refresh(EditLine *el, int ch) {
  (void)el;
  (void)ch;
  return CC_REFRESH;
}

int smm_el_guard_zero_width(EditLine *el) {
  /* ^_ (0x1F): a key no editing command needs; typing it only refreshes the line. */
  smm_refresh_key = 0x1F;
  if (el_set(el, EL_ADDFN, "smm-refresh", "Redraw the line", smm_refresh) != 0) return -1;
  if (el_set(el, EL_BIND, "^_", "smm-refresh", NULL) != 0) return -1;
  return el_set(el, EL_GETCFN, smm_read_char);
}

int smm_el_rewrite_instead_of_insert(EditLine *el) {
  /* libedit inserts and deletes cells in place with the terminal's insert and delete
     capabilities; before a wide character (日, 👨) it then puts the cursor one cell off. Without
     them it rewrites the end of the line, which it gets right. */
  static const char *const capabilities[] = {"im", "ic", "IC", "ei", "dc", "DC", "dm", "ed"};
  int failed = 0;
  for (size_t i = 0; i < sizeof capabilities / sizeof capabilities[0]; i++) {
    if (el_set(el, EL_SETTC, capabilities[i], "", NULL) != 0) failed = -1;
  }
  return failed;
}
