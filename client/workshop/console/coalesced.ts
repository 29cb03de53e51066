/**
 * Runs `ask` one at a time: a request while one runs is answered by one more run after it, however
 * many came meanwhile. So the last run always starts after the last request, and no two overlap.
 */
export function coalesced(ask: () => Promise<unknown>): () => void {
  let wanted = 0;
  let asked = 0;
  let running = false;
  const run = async () => {
    running = true;
    try {
      while (asked < wanted) {
        asked = wanted;
        await ask();
      }
    } finally {
      running = false;
    }
  };
  return () => {
    wanted += 1;
    if (!running) void run();
  };
}
