#include "editlineshim.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

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
