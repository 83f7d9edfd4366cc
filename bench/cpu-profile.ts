/**
 * Where a server's CPU goes during a measured window, from the V8 profile `node --cpu-prof` writes at exit.
 *
 * V8 stamps samples with the monotonic clock (microseconds), the same clock as `process.hrtime` in another
 * process on the machine, so the load generator can mark its load phases and only their samples count (not
 * start-up, warm-up or the sequential part). A sample is the store's when a frame on its stack runs code of the
 * query layer or a database driver (Kysely, libsql, pg — kept out of the bundle by serverExternalPackages, so
 * their frames carry their node_modules path). The share is of CPU time, so it hardly moves when other work
 * shares the machine, unlike requests per second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Window {
  label: string;
  /** process.hrtime.bigint() at the start and end of the phase. */
  startNs: bigint;
  endNs: bigint;
  requests: number;
  /** The server's CPU time in the phase from /proc, ms (null where unknown). */
  cpuMs: number | null;
}

export interface WindowShare {
  label: string;
  /** Sampled time the server's threads were busy during the window (idle excluded), ms. */
  busyMs: number;
  /** Of which with a store frame on the stack, ms. */
  storeMs: number;
  requests: number;
  cpuMs: number | null;
}

export const STORE_CODE = /\/node_modules\/(kysely|libsql|@libsql\/[^/]+|pg|pg-pool|pg-protocol)\//;

/** Every thread's profile in `dir` (`--cpu-prof-dir`), the windows' CPU time and the store's part of it. */
export function storeShare(dir: string, windows: Window[], storeCode: RegExp = STORE_CODE): WindowShare[] {
  const shares = windows.map((w) => ({
    label: w.label,
    busyMs: 0,
    storeMs: 0,
    requests: w.requests,
    cpuMs: w.cpuMs,
  }));
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // Whether a node or one of its callers is store code, memoised per node.
    const inStore = new Map<number, boolean>();
    const isStore = (id: number): boolean => {
      const known = inStore.get(id);
      if (known !== undefined) return known;
      const node = byId.get(id);
      const up = parent.get(id);
      const result = !!node && (storeCode.test(node.callFrame.url) || (up !== undefined && isStore(up)));
      inStore.set(id, result);
      return result;
    };
    let atUs = profile.startTime;
    profile.samples.forEach((id, i) => {
      const delta = profile.timeDeltas[i] ?? 0;
      atUs += delta;
      const name = byId.get(id)?.callFrame.functionName;
      if (name === '(idle)' || name === '(program)') return;
      const atNs = BigInt(Math.round(atUs)) * 1000n;
      windows.forEach((w, k) => {
        if (atNs < w.startNs || atNs > w.endNs) return;
        const share = shares[k];
        if (!share) return;
        share.busyMs += delta / 1000;
        if (isStore(id)) share.storeMs += delta / 1000;
      });
    });
  }
  return shares;
}
