// Preloaded (node --require) by the npm scripts that run `prisma migrate`: Prisma 6.19's WebAssembly
// schema engine leaves 10-second timers behind, so each command would linger ~10 s after finishing.
// Long timers are unref'd so the process exits as soon as its real work is done.
const original = global.setTimeout;
global.setTimeout = function patchedSetTimeout(fn, ms, ...rest) {
  const t = original(fn, ms, ...rest);
  if (typeof ms === "number" && ms >= 5000 && t && typeof t.unref === "function") t.unref();
  return t;
};
