#!/usr/bin/env node
// Independent verifier of a Weijian draw record (algorithm "weijian-draw/1"), written from
// docs/draw-algorithm.md only. Node.js >= 18, no packages.
//
//   node verify.mjs record.json      (or "-" for standard input)
//
// Prints "OK ..." and exits 0 when everything is recomputed exactly; prints each difference with its
// JSON path ("tasks[3].draws[0].chosen: expected [...] found [...]") and exits 1 otherwise; exits 2 on
// bad usage or an unreadable file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const ALGORITHM = 'weijian-draw/1';
const TIERS = ['A', 'B', 'C', 'D', 'ALL'];
const MAX_SELECTIONS = 65535;

// ---------------------------------------------------------------- strict JSON (integers as BigInt)

class FormatError extends Error {
  constructor(path, message) { super(message); this.path = path; }
}

function parseJson(text) {
  let at = 0;
  const fail = (what) => { throw new FormatError('$', `not valid JSON at character ${at}: ${what}`); };
  const ws = () => { while (at < text.length && ' \t\n\r'.includes(text[at])) at++; };
  function value() {
    ws();
    const c = text[at];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]]) {
      if (text.startsWith(word, at)) { at += word.length; return v; }
    }
    return fail('unexpected ' + (c === undefined ? 'end' : JSON.stringify(c)));
  }
  function object() {
    at++;
    const out = new Map();
    ws();
    if (text[at] === '}') { at++; return out; }
    for (;;) {
      ws();
      if (text[at] !== '"') fail('expected a field name');
      const name = string();
      if (out.has(name)) throw new FormatError('$', `duplicate field ${JSON.stringify(name)}`);
      ws();
      if (text[at++] !== ':') fail('expected ":"');
      out.set(name, value());
      ws();
      const c = text[at++];
      if (c === '}') return out;
      if (c !== ',') fail('expected "," or "}"');
    }
  }
  function array() {
    at++;
    const out = [];
    ws();
    if (text[at] === ']') { at++; return out; }
    for (;;) {
      out.push(value());
      ws();
      const c = text[at++];
      if (c === ']') return out;
      if (c !== ',') fail('expected "," or "]"');
    }
  }
  function string() {
    at++;
    let out = '';
    let start = at;
    for (;;) {
      const c = text[at];
      if (c === undefined) fail('unterminated string');
      if (c === '"') { out += text.slice(start, at); at++; return out; }
      if (c < ' ') fail('control character in a string');
      if (c === '\\') {
        out += text.slice(start, at);
        const e = text[at + 1];
        const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[e];
        if (simple !== undefined) { out += simple; at += 2; }
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
          out += String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16)); at += 6;
        } else fail('bad escape');
        start = at;
      } else at++;
    }
  }
  function number() {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(at, at + 400));
    if (!m) fail('bad number');
    at += m[0].length;
    if (m[2] !== undefined || m[3] !== undefined) return { float: m[0] };
    return BigInt(m[0]);
  }
  const result = value();
  ws();
  if (at !== text.length) fail('trailing characters');
  return result;
}

// ---------------------------------------------------------------- reading the record's shape

const isObj = (v) => v instanceof Map;
function kind(v) {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'bigint') return 'an integer ' + v;
  if (typeof v === 'boolean') return 'a boolean';
  if (Array.isArray(v)) return 'an array';
  if (v && v.float !== undefined) return 'a floating-point number ' + v.float;
  return 'an object';
}
function fields(obj, path, names) {
  if (!isObj(obj)) throw new FormatError(path, 'expected an object, found ' + kind(obj));
  const p = (n) => (path === '$' ? n : `${path}.${n}`);
  for (const n of names) if (!obj.has(n)) throw new FormatError(p(n), 'missing');
  for (const n of obj.keys()) if (!names.includes(n)) throw new FormatError(p(n), 'unknown field');
  return obj;
}
function str(v, path) {
  if (typeof v !== 'string') throw new FormatError(path, 'expected a string, found ' + kind(v));
  return v;
}
function int(v, path) {
  if (typeof v !== 'bigint' || v < -2147483648n || v > 2147483647n) throw new FormatError(path, 'expected an integer, found ' + kind(v));
  return Number(v);
}
function arr(v, path) {
  if (!Array.isArray(v)) throw new FormatError(path, 'expected an array, found ' + kind(v));
  return v;
}
const strs = (v, path) => arr(v, path).map((x, i) => str(x, `${path}[${i}]`));
function plain(v, path) { // the plan: any JSON without floats
  if (v && v.float !== undefined) throw new FormatError(path, 'no floating-point numbers in a draw record, found ' + kind(v));
  if (Array.isArray(v)) return v.map((x, i) => plain(x, `${path}[${i}]`));
  if (isObj(v)) { const o = new Map(); for (const [k, x] of v) o.set(k, plain(x, `${path}.${k}`)); return o; }
  return v;
}

function readRecord(root) {
  fields(root, '$', ['id', 'algorithm', 'plan', 'sources', 'key', 'pool_digest', 'inspector_pool_digest', 'inspector_pool', 'strata', 'tasks']);
  if (!isObj(root.get('plan'))) throw new FormatError('plan', 'expected an object, found ' + kind(root.get('plan')));
  return {
    id: str(root.get('id'), 'id'),
    algorithm: str(root.get('algorithm'), 'algorithm'),
    plan: plain(root.get('plan'), 'plan'),
    sources: arr(root.get('sources'), 'sources').map((s, i) => {
      const p = `sources[${i}]`;
      fields(s, p, ['name', 'values']);
      const values = arr(s.get('values'), p + '.values').map((v, j) => {
        if (typeof v !== 'bigint' || v < 0n) throw new FormatError(`${p}.values[${j}]`, 'expected a non-negative integer, found ' + kind(v));
        return v;
      });
      if (values.length === 0) throw new FormatError(p + '.values', 'a source has at least one value');
      return { name: str(s.get('name'), p + '.name'), values };
    }),
    key: str(root.get('key'), 'key'),
    poolDigest: str(root.get('pool_digest'), 'pool_digest'),
    inspectorPoolDigest: str(root.get('inspector_pool_digest'), 'inspector_pool_digest'),
    inspectorPool: strs(root.get('inspector_pool'), 'inspector_pool'),
    strata: arr(root.get('strata'), 'strata').map((s, i) => {
      const p = `strata[${i}]`;
      fields(s, p, ['tier', 'ratio', 'candidates', 'k', 'selected']);
      return { tier: str(s.get('tier'), p + '.tier'), ratio: str(s.get('ratio'), p + '.ratio'), candidates: strs(s.get('candidates'), p + '.candidates'),
        k: int(s.get('k'), p + '.k'), selected: strs(s.get('selected'), p + '.selected') };
    }),
    tasks: arr(root.get('tasks'), 'tasks').map((t, i) => {
      const p = `tasks[${i}]`;
      fields(t, p, ['index', 'object', 'draws', 'status', 'reason']);
      const reason = t.get('reason');
      return {
        index: int(t.get('index'), p + '.index'), object: str(t.get('object'), p + '.object'),
        draws: arr(t.get('draws'), p + '.draws').map((d, j) => {
          const q = `${p}.draws[${j}]`;
          fields(d, q, ['key', 'eligible', 'count', 'chosen']);
          return { key: str(d.get('key'), q + '.key'), eligible: strs(d.get('eligible'), q + '.eligible'), count: int(d.get('count'), q + '.count'),
            chosen: strs(d.get('chosen'), q + '.chosen') };
        }),
        status: str(t.get('status'), p + '.status'),
        reason: reason === null ? null : str(reason, p + '.reason'),
      };
    }),
  };
}

// ---------------------------------------------------------------- the algorithm (docs/draw-algorithm.md §2–§6)

// §2: compare UTF-8 bytes unsigned. UTF-16 code units agree with that order except where a surrogate
// meets U+E000..U+FFFF, so only then compare the bytes.
function compareIds(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 || y >= 0xd800) return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
      return x - y;
    }
  }
  return a.length - b.length;
}
function firstDisorder(ids) {
  for (let i = 1; i < ids.length; i++) if (compareIds(ids[i - 1], ids[i]) >= 0) return i;
  return -1;
}
const sortedUnique = (ids) => [...new Set(ids)].sort(compareIds);

// §3
const sha256 = (chunks) => {
  const h = createHash('sha256');
  for (const c of chunks) h.update(c, 'utf8');
  return 'sha256:' + h.digest('hex');
};
function* lines(ids, suffix) {
  let buf = '';
  for (const id of ids) {
    buf += id + suffix(id) + '\n';
    if (buf.length > 65536) { yield buf; buf = ''; }
  }
  yield buf;
}

// §4
function keyString(sources) {
  let k = '';
  for (const s of sources) {
    for (const v of [...s.values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) k += v.toString() + '.';
    k += '/';
  }
  return k;
}

// §5, finding the j-th remaining entry in a binary indexed tree of "still there" flags
function select(list, k, key) {
  const n = list.length;
  if (k > MAX_SELECTIONS) throw new Error(`more than ${MAX_SELECTIONS} selections`);
  const keyBytes = Buffer.from(key, 'utf8');
  const tree = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) tree[i] = i & -i;
  let top = 1;
  while (top * 2 <= n) top *= 2;
  const out = [];
  for (let i = 0; i < k; i++) {
    const be16 = Buffer.from([(i >> 8) & 0xff, i & 0xff]);
    const h = createHash('md5').update(be16).update(keyBytes).update(be16).digest('hex');
    const j = Number(BigInt('0x' + h) % BigInt(n - i));
    let pos = 0;
    let rank = j + 1;
    for (let step = top; step > 0; step >>= 1) {
      if (pos + step <= n && tree[pos + step] < rank) { pos += step; rank -= tree[pos]; }
    }
    out.push(list[pos]);
    for (let x = pos + 1; x <= n; x += x & -x) tree[x]--;
  }
  return out;
}

// §6.1: k = ceil(r × N) with r = m / 10^d, exactly
function ceilRatio(ratio, n) {
  const [whole, frac = ''] = ratio.split('.');
  const scale = 10n ** BigInt(frac.length);
  const m = BigInt(whole + frac);
  return Number((m * BigInt(n) + scale - 1n) / scale);
}
const RATIO = /^(0|1)(\.[0-9]{1,4})?$/;
const validRatio = (r) => RATIO.test(r) && ceilRatio(r, 1) <= 1 && !(r.startsWith('1') && /[1-9]/.test(r.slice(1)));
const ratioValue = (r) => { const [w, f = ''] = r.split('.'); return BigInt(w + f.padEnd(4, '0')); };

// §7: the plan terms verifiers read
function planTerms(plan) {
  const perTask = plan.get('inspectors_per_task');
  if (typeof perTask !== 'bigint') throw new FormatError('plan.inspectors_per_task', 'expected an integer, found ' + kind(perTask));
  const cap = plan.has('cap_per_inspector') ? plan.get('cap_per_inspector') : null;
  if (cap !== null && typeof cap !== 'bigint') throw new FormatError('plan.cap_per_inspector', 'expected an integer or null, found ' + kind(cap));
  const departments = [];
  const list = plan.has('departments') ? plan.get('departments') : null;
  if (list !== null) {
    if (!Array.isArray(list)) throw new FormatError('plan.departments', 'expected a list, found ' + kind(list));
    list.forEach((d, i) => {
      if (!isObj(d) || typeof d.get('code') !== 'string' || typeof d.get('inspectors') !== 'bigint') {
        throw new FormatError(`plan.departments[${i}]`, 'expected {"code": string, "inspectors": integer}');
      }
      departments.push({ code: d.get('code'), count: Number(d.get('inspectors')) });
    });
  }
  departments.sort((a, b) => compareIds(a.code, b.code));
  return { perTask: Number(perTask), cap: cap === null ? null : Number(cap), departments };
}

// ---------------------------------------------------------------- verification (§8)

function verify(r) {
  const diffs = [];
  const q = (s) => JSON.stringify(s);
  const list = (a) => '[' + a.map(q).join(', ') + ']';
  const differ = (path, expected, found) => diffs.push(`${path}: expected ${expected} found ${found}`);
  const same = (path, expected, found) => { if (expected !== found) differ(path, q(expected), q(found)); };
  const sameList = (path, expected, found) => {
    if (expected.length === found.length && expected.every((x, i) => x === found[i])) return;
    if (expected.length <= 20 && found.length <= 20) return differ(path, list(expected), list(found));
    let i = 0;
    while (i < expected.length && i < found.length && expected[i] === found[i]) i++;
    if (i < expected.length && i < found.length) differ(`${path}[${i}]`, q(expected[i]), q(found[i]));
    else differ(path, `${expected.length} entries`, `${found.length} entries`);
  };

  if (r.algorithm !== ALGORITHM) { differ('algorithm', q(ALGORITHM), q(r.algorithm)); return diffs; }
  const K = keyString(r.sources);
  same('key', K, r.key);

  // strata
  const tierOf = new Map();
  const duplicates = [];
  const selections = [];
  let last = -1;
  r.strata.forEach((s, i) => {
    const p = `strata[${i}]`;
    const t = TIERS.indexOf(s.tier);
    if (t < 0) differ(p + '.tier', 'one of A, B, C, D, ALL', q(s.tier));
    else if (t <= last || (t === 4 && last >= 0)) differ(p + '.tier', 'strata in the order A, B, C, D, or ALL alone', q(s.tier));
    last = Math.max(last, t);
    let candidates = s.candidates;
    const bad = firstDisorder(candidates);
    if (bad >= 0) {
      differ(p + '.candidates', 'sorted by UTF-8 bytes without duplicates', `${q(candidates[bad])} at [${bad}] after ${q(candidates[bad - 1])}`);
      candidates = sortedUnique(candidates);
    }
    for (const id of candidates) {
      if (tierOf.has(id)) duplicates.push({ id, path: p + '.candidates' });
      else tierOf.set(id, s.tier);
    }
    if (!validRatio(s.ratio)) {
      differ(p + '.ratio', 'a decimal from 0 to 1 with at most 4 places', q(s.ratio));
      selections.push(s.selected);
      return;
    }
    const k = ceilRatio(s.ratio, candidates.length);
    if (k !== s.k) differ(p + '.k', String(k), String(s.k));
    let selected;
    if (k >= candidates.length) selected = candidates;
    else if (k > MAX_SELECTIONS) { differ(p + '.k', `at most ${MAX_SELECTIONS} selections (RFC 3797)`, String(k)); selections.push(s.selected); return; }
    else selected = select(candidates, k, K + 'stratum:' + s.tier + '/');
    sameList(p + '.selected', selected, s.selected);
    selections.push(selected);
  });
  duplicates.sort((a, b) => compareIds(a.id, b.id));
  for (const d of duplicates) differ(d.path, 'each object in one stratum', `${q(d.id)} also in an earlier stratum`);
  same('pool_digest', sha256(lines([...tierOf.keys()].sort(compareIds), (id) => '\t' + tierOf.get(id))), r.poolDigest);
  const ratios = r.plan.get('ratios');
  if (isObj(ratios)) {
    const tiers = r.strata.map((s) => s.tier);
    const planned = TIERS.filter((t) => ratios.has(t));
    if (planned.length !== ratios.size || planned.join() !== tiers.join()) {
      differ('strata', `the tiers of plan.ratios [${[...ratios.keys()].join(', ')}]`, `[${tiers.join(', ')}]`);
    } else {
      r.strata.forEach((s, i) => {
        const want = ratios.get(s.tier);
        if (typeof want !== 'string' || !validRatio(want) || !validRatio(s.ratio) || ratioValue(want) !== ratioValue(s.ratio)) {
          differ(`strata[${i}].ratio`, `${typeof want === 'string' ? q(want) : String(want)} (plan.ratios.${s.tier})`, q(s.ratio));
        }
      });
    }
  }

  // inspector pool
  let pool = r.inspectorPool;
  const badPool = firstDisorder(pool);
  if (badPool >= 0) {
    differ('inspector_pool', 'sorted by UTF-8 bytes without duplicates', `${q(pool[badPool])} at [${badPool}] after ${q(pool[badPool - 1])}`);
    pool = sortedUnique(pool);
  }
  same('inspector_pool_digest', sha256(lines(pool, () => '')), r.inspectorPoolDigest);

  // tasks
  let terms;
  try {
    terms = planTerms(r.plan);
  } catch (e) {
    if (e instanceof FormatError) { diffs.push(`${e.path}: ${e.message}`); return diffs; }
    throw e;
  }
  const objects = selections.flat();
  if (objects.length !== r.tasks.length) differ('tasks', `${objects.length} tasks (one per selected object)`, String(r.tasks.length));
  const inPool = new Set(r.inspectorPool);
  const staffedCount = new Map();
  const parts = terms.departments.length > 0 ? terms.departments : [{ code: null, count: terms.perTask }];
  r.tasks.forEach((task, t) => {
    const p = `tasks[${t}]`;
    if (task.index !== t) differ(p + '.index', String(t), String(task.index));
    if (t < objects.length) same(p + '.object', objects[t], task.object);
    if (task.draws.length !== parts.length) differ(p + '.draws', `${parts.length} draw(s)`, `${task.draws.length} draws`);
    const failures = [];
    const chosenAll = [];
    parts.forEach((part, d) => {
      if (d >= task.draws.length) return;
      const draw = task.draws[d];
      const dp = `${p}.draws[${d}]`;
      const key = K + 'task:' + t + (part.code === null ? '' : ':dept:' + part.code) + '/';
      same(dp + '.key', key, draw.key);
      if (draw.count !== part.count) differ(dp + '.count', String(part.count), String(draw.count));
      let eligible = draw.eligible;
      const bad = firstDisorder(eligible);
      if (bad >= 0) {
        differ(dp + '.eligible', 'sorted by UTF-8 bytes without duplicates', `${q(eligible[bad])} at [${bad}] after ${q(eligible[bad - 1])}`);
        eligible = sortedUnique(eligible);
      }
      for (const id of eligible) {
        if (!inPool.has(id)) differ(dp + '.eligible', 'inspectors of inspector_pool', `${q(id)}, not in the pool`);
        if (terms.cap !== null && (staffedCount.get(id) ?? 0) >= terms.cap) {
          differ(dp + '.eligible', `nobody with cap_per_inspector ${terms.cap} staffed tasks already`, `${q(id)} with ${staffedCount.get(id)}`);
        }
      }
      let chosen = [];
      if (eligible.length < part.count) failures.push(`eligible ${eligible.length} < required ${part.count}` + (part.code === null ? '' : ` (dept ${part.code})`));
      else chosen = select(eligible, part.count, key);
      sameList(dp + '.chosen', chosen, draw.chosen);
      chosenAll.push(...chosen);
    });
    const staffed = failures.length === 0;
    same(p + '.status', staffed ? 'STAFFED' : 'UNSTAFFED', task.status);
    const reason = staffed ? null : failures.join('; ');
    if (reason !== task.reason) differ(p + '.reason', reason === null ? 'null' : q(reason), task.reason === null ? 'null' : q(task.reason));
    if (staffed) for (const id of chosenAll) staffedCount.set(id, (staffedCount.get(id) ?? 0) + 1);
  });
  return diffs;
}

// ---------------------------------------------------------------- command

function main(args) {
  if (args.length !== 1 || args[0].startsWith('--')) {
    console.log('usage: node verify.mjs <record.json | ->');
    return 2;
  }
  let text;
  try {
    text = readFileSync(args[0] === '-' ? 0 : args[0], 'utf8');
  } catch (e) {
    console.log('usage: node verify.mjs <record.json | ->');
    console.log(`cannot read ${args[0]}: ${e.message}`);
    return 2;
  }
  let record;
  try {
    record = readRecord(parseJson(text));
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    console.log(`${e.path}: ${e.message}`);
    console.log('FAILED ?: 1 difference(s)');
    return 1;
  }
  const diffs = verify(record);
  if (diffs.length === 0) {
    console.log(`OK ${record.id}: key, ${record.strata.length} strata, both pool digests and ${record.tasks.length} tasks recomputed exactly`);
    return 0;
  }
  for (const d of diffs) console.log(d);
  console.log(`FAILED ${record.id}: ${diffs.length} difference(s)`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
