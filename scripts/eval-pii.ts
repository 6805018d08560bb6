/**
 * npm run eval -- --pii: precision, recall and F1 of the personal-data checks on the labelled
 * synthetic corpus test/corpus/pii.jsonl (and any other *.jsonl beside it).
 *
 * By default it runs the real engine with the rules under rules/data-pribadi (what users
 * get); a finding's type is the part of its ruleId after "data-pribadi/". With
 * --validators (or when that folder has no rules yet) it runs each validator's candidate
 * regex and validate() directly.
 *
 * A hit is a true positive when its type matches a labelled entity's and their spans
 * overlap; each labelled entity is matched at most once.
 *   npm run eval -- --pii [--validators] [--errors] [--min] [files...]
 * --errors prints the misses and false alarms; --min exits 1 if a target is not met.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VALIDATORS } from '../server/src/engine/validators';

interface Entity {
  type: string;
  start: number;
  end: number;
}
interface Sample {
  text: string;
  entities: Entity[];
}

export const TARGETS: Record<string, number> = {
  nik: 0.98,
  kk: 0.98,
  npwp: 0.98,
  nip: 0.98,
  telepon: 0.98,
  email: 0.98,
  alamat: 0.9,
  'identitas-anak-korban': 0.9,
};

type Detector = (text: string) => Entity[];

export function validatorDetector(): Detector {
  return (text) => {
    const out: Entity[] = [];
    for (const v of Object.values(VALIDATORS)) {
      v.candidates.lastIndex = 0;
      for (const m of text.matchAll(v.candidates)) {
        const start = m.index!;
        const hit = v.validate({ text: m[0], start, end: start + m[0].length, groups: m.slice(1) }, text);
        if (hit) out.push({ type: v.name, start: hit.start, end: hit.end });
      }
    }
    return out;
  };
}

export function engineDetector(rulesDir: string): Detector | null {
  if (!existsSync(rulesDir) || readdirSync(rulesDir).filter((f) => /\.ya?ml$/.test(f)).length === 0) return null;
  // Loaded lazily so that --validators works while the engine is being built.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Linter } = require('../server/src/engine') as typeof import('../server/src/engine');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadRuleDirs } = require('../server/src/node/ruleFiles') as typeof import('../server/src/node/ruleFiles');
  const { rules, problems } = loadRuleDirs([rulesDir]);
  if (problems.length) throw new Error('rule problems:\n' + problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  const linter = new Linter(rules, {});
  return (text) =>
    linter
      .lint(text, { languageId: 'plaintext' })
      .filter((f) => f.ruleId.startsWith('data-pribadi/'))
      .map((f) => ({ type: typeFromRule(f.ruleId), start: f.offset.start, end: f.offset.end }));
}

/** "data-pribadi/nik" -> "nik"; rules named after their validator. */
function typeFromRule(ruleId: string): string {
  const t = ruleId.slice('data-pribadi/'.length);
  return t in VALIDATORS ? t : `(${t})`;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export function score(samples: Sample[], detect: Detector, errors?: string[]): Map<string, Score> {
  const per = new Map<string, Score>();
  const get = (t: string) => {
    let s = per.get(t);
    if (!s) per.set(t, (s = { tp: 0, fp: 0, fn: 0 }));
    return s;
  };
  for (const sample of samples) {
    const found = detect(sample.text);
    const used = new Set<number>();
    for (const f of found) {
      if (f.type.startsWith('(')) continue; // rules that are not identifier validators
      const i = sample.entities.findIndex((e, k) => !used.has(k) && e.type === f.type && f.start < e.end && e.start < f.end);
      if (i >= 0) {
        used.add(i);
        get(f.type).tp++;
      } else {
        get(f.type).fp++;
        errors?.push(`FP ${f.type}: "${sample.text.slice(f.start, f.end)}" in: ${sample.text}`);
      }
    }
    sample.entities.forEach((e, k) => {
      if (!used.has(k)) {
        get(e.type).fn++;
        errors?.push(`FN ${e.type}: "${sample.text.slice(e.start, e.end)}" in: ${sample.text}`);
      }
    });
  }
  return per;
}

const fmt = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));

export function table(per: Map<string, Score>): { text: string; failed: string[] } {
  const rows: string[] = [];
  const failed: string[] = [];
  rows.push(`${'type'.padEnd(24)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}  ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  target`);
  const total: Score = { tp: 0, fp: 0, fn: 0 };
  for (const [type, s] of [...per.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
    const p = s.tp / (s.tp + s.fp);
    const r = s.tp / (s.tp + s.fn);
    const f1 = (2 * p * r) / (p + r);
    const target = TARGETS[type];
    let mark = '';
    if (target !== undefined) {
      const ok = (Number.isNaN(p) || p >= target) && r >= target;
      mark = `${target.toFixed(2)} ${ok ? 'ok' : 'MISSED'}`;
      if (!ok) failed.push(type);
    }
    rows.push(`${type.padEnd(24)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}  ${fmt(p).padStart(6)} ${fmt(r).padStart(6)} ${fmt(f1).padStart(6)}  ${mark}`);
  }
  const p = total.tp / (total.tp + total.fp);
  const r = total.tp / (total.tp + total.fn);
  rows.push(`${'overall'.padEnd(24)} ${String(total.tp).padStart(5)} ${String(total.fp).padStart(5)} ${String(total.fn).padStart(5)}  ${fmt(p).padStart(6)} ${fmt(r).padStart(6)} ${fmt((2 * p * r) / (p + r)).padStart(6)}`);
  return { text: rows.join('\n'), failed };
}

export function loadSamples(files: string[]): Sample[] {
  const out: Sample[] = [];
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line) as Sample);
  }
  return out;
}

/** The personal-data eval; returns the exit code. */
export function runPiiEval(args: string[]): number {
  const root = resolve(__dirname, '..');
  const corpusDir = join(root, 'test', 'corpus');
  let files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) files = readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).map((f) => join(corpusDir, f));
  const samples = loadSamples(files);
  const engine = args.includes('--validators') ? null : engineDetector(join(root, 'rules', 'data-pribadi'));
  const detect = engine ?? validatorDetector();
  const errors: string[] = [];
  const t0 = performance.now();
  const per = score(samples, detect, args.includes('--errors') ? errors : undefined);
  const ms = performance.now() - t0;
  const { text, failed } = table(per);
  console.log(`${samples.length} samples from ${files.map((f) => f.replace(root + '/', '')).join(', ')}; mode: ${engine ? 'engine + rules/data-pribadi' : 'validators directly'}; ${ms.toFixed(0)} ms\n`);
  console.log(text);
  if (errors.length) console.log('\n' + errors.join('\n'));
  if (failed.length) console.log(`\nTargets missed: ${failed.join(', ')}`);
  return args.includes('--min') && failed.length ? 1 : 0;
}
