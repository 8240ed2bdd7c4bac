import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KitSource } from './bundle/build';
import { measureBundles } from './bundle/measure';
import type { Row, SectionResult } from './shared/report';
import { markdownTable, textTable } from './shared/table';

/*
 * `pnpm bench`: every measurement in one go, one table, JSON and Markdown
 * in bench/results/, exit status 1 when a budget is missed.
 * BENCH_ONLY=bundle,browser,requests,server runs a subset while working on one.
 */

const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(BENCH_DIR, 'results');

type SectionName = 'bundle' | 'browser' | 'requests' | 'server';

const SECTIONS: Record<SectionName, (from: KitSource) => Promise<SectionResult>> = {
  bundle: measureBundles,
  browser: async () => (await import('./browser/largeTeams')).measureLargeTeams(),
  requests: async () => (await import('./browser/requests')).measureRequests(),
  server: async () => (await import('./server/load')).measureServer(),
};

function selected(): SectionName[] {
  const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
  const all = Object.keys(SECTIONS) as SectionName[];
  return only ? all.filter((name) => only.includes(name)) : all;
}

function commitOf(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: BENCH_DIR })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

function environment() {
  return {
    date: new Date().toISOString(),
    commit: commitOf(),
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    load: loadavg()[0]!.toFixed(1),
  };
}

async function main(): Promise<void> {
  const from: KitSource = process.env.BENCH_FROM === 'dist' ? 'dist' : 'source';
  const started = performance.now();
  const loadAtStart = loadavg()[0]!.toFixed(1);
  const rows: Row[] = [];
  const notes: string[] = [];
  const failed: string[] = [];
  for (const name of selected()) {
    const sectionStart = performance.now();
    console.error(`[bench] ${name}…`);
    try {
      const result = await SECTIONS[name](from);
      rows.push(...result.rows);
      notes.push(...result.notes);
    } catch (error) {
      // One broken measurement should not hide the others' figures.
      console.error(`[bench] ${name} failed:`, error);
      failed.push(name);
      rows.push({
        section: name,
        name: 'could not be measured',
        value: error instanceof Error ? error.message.split('\n')[0]! : String(error),
        pass: false,
      });
    }
    console.error(
      `[bench] ${name} done in ${((performance.now() - sectionStart) / 1000).toFixed(1)} s`,
    );
  }

  const env = {
    ...environment(),
    loadAtStart,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  const missed = rows.filter((row) => row.pass === false);
  const header = `Fiko Team Kit benchmark — ${env.date}, commit ${env.commit}, Node ${env.node}, ${env.cpu}, load average ${env.loadAtStart} → ${env.load}, ${env.seconds} s`;
  const busy = Math.max(Number(env.loadAtStart), Number(env.load)) > cpus().length;
  if (busy) {
    notes.unshift(
      `The machine was busy (load average ${env.loadAtStart} → ${env.load} on ${cpus().length} cores): timings are inflated; sizes and request counts are not.`,
    );
  }
  const verdict = missed.length
    ? `Budgets missed: ${missed.map((row) => `${row.section} ${row.name.trim()} (${row.value})`).join('; ')}`
    : 'Every budget met.';

  console.log(
    `\n${header}\n\n${textTable(rows)}\n\n${notes.map((note) => `- ${note}`).join('\n')}\n\n${verdict}`,
  );

  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    join(RESULTS, 'latest.json'),
    `${JSON.stringify({ env, rows, notes, missed: missed.length }, null, 2)}\n`,
  );
  writeFileSync(
    join(RESULTS, 'latest.md'),
    `# Benchmark results\n\n${header}\n\n${markdownTable(rows)}\n\n${notes.map((note) => `- ${note}`).join('\n')}\n\n${verdict}\n`,
  );
  process.exitCode = failed.length ? 2 : missed.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error('[bench] failed:', error);
  process.exitCode = 2;
});
