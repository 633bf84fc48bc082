// Self-test of verify.mjs against the recursive definitions of RFC 6962 §2.1 (MTH, PATH, PROOF)
// and the known values of transparency-dev/merkle rfc6962_test.go. Run: node tools/ledger-verify/selftest.mjs
import assert from 'node:assert/strict';
import { rootFromLeafHashes, verifyInclusion, verifyConsistency, hasher } from './verify.mjs';

const h = hasher('SHA-256');
assert.equal(h.empty().toString('hex'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
assert.equal(h.leaf(Buffer.alloc(0)).toString('hex'), '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
assert.equal(h.leaf(Buffer.from('L123456')).toString('hex'), '395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56');
assert.equal(h.node(Buffer.from('N123'), Buffer.from('N456')).toString('hex'), 'aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb');

const split = (n) => { let k = 1; while (k * 2 < n) k *= 2; return k; };
const mth = (d) => d.length === 0 ? h.empty() : d.length === 1 ? d[0] : h.node(mth(d.slice(0, split(d.length))), mth(d.slice(split(d.length))));
const path = (m, d) => {
	if (d.length <= 1) return [];
	const k = split(d.length);
	return m < k ? [...path(m, d.slice(0, k)), mth(d.slice(k))] : [...path(m - k, d.slice(k)), mth(d.slice(0, k))];
};
const subproof = (m, d, b) => {
	const n = d.length;
	if (m === n) return b ? [] : [mth(d)];
	const k = split(n);
	return m <= k ? [...subproof(m, d.slice(0, k), b), mth(d.slice(k))] : [...subproof(m - k, d.slice(k), false), mth(d.slice(0, k))];
};
const flip = (buf, i) => { const c = Buffer.from(buf); c[i % c.length] ^= 1; return c; };

const leaves = Array.from({ length: 70 }, (_, i) => h.leaf(Buffer.from(`entry ${i}`)));
for (let n = 0; n <= leaves.length; n++) {
	const d = leaves.slice(0, n);
	const root = mth(d);
	assert.ok(rootFromLeafHashes(h, d).equals(root), `root of ${n}`);
	for (let m = 0; m < n; m++) {
		const p = path(m, d);
		assert.ok(verifyInclusion(h, m, n, d[m], p, root), `inclusion ${m}/${n}`);
		assert.ok(!verifyInclusion(h, m, n, flip(d[m], m), p, root));
		assert.ok(!verifyInclusion(h, m, n, d[m], p, flip(root, m)));
		if (p.length > 0) assert.ok(!verifyInclusion(h, m, n, d[m], p.map((x, i) => i === m % p.length ? flip(x, 3) : x), root));
	}
	for (let m = 1; m <= n; m++) {
		const p = m === n ? [] : subproof(m, d, true);
		const first = mth(d.slice(0, m));
		assert.ok(verifyConsistency(h, m, n, first, root, p), `consistency ${m}/${n}`);
		if (m < n) {
			assert.ok(!verifyConsistency(h, m, n, flip(first, 1), root, p));
			assert.ok(!verifyConsistency(h, m, n, first, flip(root, 1), p));
			assert.ok(!verifyConsistency(h, m, n, first, root, p.map((x, i) => i === n % p.length ? flip(x, 5) : x)));
		}
	}
}
console.log('selftest: all RFC 6962 vectors and proofs over trees of 0..70 leaves verify; flipped bytes fail');
