import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';

/** Small helpers shared by the benchmarks (they print figures; nothing here asserts). */

/** The p-th percentile of an ascending array (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? Number.NaN;
}

/** Polls `url` until it answers 2xx, or throws after `timeoutMs`. */
export async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`o servidor não subiu em ${url}`);
}

/**
 * A light HTTP client for load generation: node:http with a keep-alive pool. On a 2-core machine the load
 * generator shares the cores with the server it measures; fetch costs it about twice the CPU per request.
 */
export function httpClient(maxSockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  return {
    request(
      url: string,
      init: { method?: string; headers?: Record<string, string>; body?: string } = {},
    ): Promise<{ status: number; text: string }> {
      return new Promise((resolve, reject) => {
        const req = http.request(
          url,
          { method: init.method ?? 'GET', headers: init.headers, agent },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
            );
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(init.body);
      });
    },
    close: () => agent.destroy(),
  };
}

/** A process and its descendants (Linux /proc; `next start` may fork workers). */
function processTree(pid: number): Set<number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid …: comm may hold spaces and parentheses, so split after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  return tree;
}

/** Resident memory of a process and its descendants, in MB. Null where /proc is not available. */
export function treeRssMb(pid: number): number | null {
  try {
    let kb = 0;
    for (const p of processTree(pid)) {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
        kb += Number(m?.[1] ?? 0);
      } catch {
        // gone
      }
    }
    return kb / 1024;
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system) a process and its descendants have used so far, in ms. Unlike requests per second,
 * CPU per request hardly moves when other work shares the machine, so it compares two builds fairly on a busy
 * host. Null where /proc is not available.
 */
export function treeCpuMs(pid: number): number | null {
  try {
    const tick = 1000 / 100; // USER_HZ is 100 on Linux
    let ticks = 0;
    for (const p of processTree(pid)) {
      try {
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
      } catch {
        // gone
      }
    }
    return ticks * tick;
  } catch {
    return null;
  }
}
