/* The list of popen() streams and its lock (libc, stdio; see popen_impl.h). */
#include "popen_impl.h"

struct __koito_lock __koito_popen_lock;
struct __koito_popen *__koito_popen_streams;
