#!/usr/bin/env node
// Independent verifier for the Weijian supervision ledger (监管账本).
//
// Written from the text of RFC 6962 (§2.1 Merkle hash trees, §3.5 signed tree heads, §4 client API)
// and RFC 9162 (§2.1.3.2 verifying an inclusion proof, §2.1.4.2 verifying a consistency proof), using
// only Node.js built-ins. It shares no code with the Java server.
//
// Usage: node verify.mjs --url http://host:port [--state file] [--hash <base64 leaf hash>]...
// Exit code 0 only when every check passes; one line per check ("OK ..." / "FAIL ...").

import { createHash, createPublicKey, verify as verifySignature } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function parseArgs(argv) {
	const options = { url: null, state: join(homedir(), '.weijian-ledger-heads.json'), hashes: [] };
	for (let i = 0; i < argv.length; i++) {
		const name = argv[i];
		const value = argv[i + 1];
		if ((name === '--url' || name === '--state' || name === '--hash') && value === undefined) {
			throw new Error(`${name} needs a value`);
		}
		if (name === '--url') { options.url = value.replace(/\/+$/, ''); i++; }
		else if (name === '--state') { options.state = value; i++; }
		else if (name === '--hash') { options.hashes.push(value); i++; }
		else if (name === '--help' || name === '-h') { options.help = true; }
		else { throw new Error(`unknown argument ${name}`); }
	}
	if (!options.help && !options.url) throw new Error('--url is required');
	return options;
}

let failures = 0;
function ok(message) { console.log(`OK   ${message}`); }
function fail(message) { failures++; console.log(`FAIL ${message}`); }

async function getJson(base, path) {
	const response = await fetch(base + path, { headers: { accept: 'application/json' } });
	const text = await response.text();
	if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${text.slice(0, 200)}`);
	return JSON.parse(text);
}

const b64 = (s) => Buffer.from(s, 'base64');
const hex = (b) => Buffer.from(b).toString('hex');

function hasher(name) {
	const algorithm = { 'SHA-256': 'sha256', 'SM3': 'sm3' }[String(name).toUpperCase()];
	if (!algorithm) throw new Error(`unsupported hash algorithm ${name}`);
	const digest = (...parts) => {
		const h = createHash(algorithm);
		for (const p of parts) h.update(p);
		return h.digest();
	};
	return {
		empty: () => digest(Buffer.alloc(0)),
		leaf: (input) => digest(Buffer.from([0x00]), input),
		node: (left, right) => digest(Buffer.from([0x01]), left, right),
	};
}

// RFC 6962 §2.1 MTH over the leaf hashes, computed without recursion: a stack of complete subtrees.
function rootFromLeafHashes(h, leafHashes) {
	if (leafHashes.length === 0) return h.empty();
	const stack = [];
	leafHashes.forEach((leafHash, index) => {
		stack.push(leafHash);
		// merge while the just-completed count (index + 1) has trailing zero bits
		for (let n = index + 1; (n & 1) === 0; n = Math.floor(n / 2)) {
			const right = stack.pop();
			const left = stack.pop();
			stack.push(h.node(left, right));
		}
	});
	let root = stack.pop();
	while (stack.length > 0) root = h.node(stack.pop(), root);
	return root;
}

// RFC 9162 §2.1.3.2
function verifyInclusion(h, leafIndex, treeSize, leafHash, path, root) {
	if (leafIndex >= treeSize) return false;
	let fn = BigInt(leafIndex);
	let sn = BigInt(treeSize) - 1n;
	let r = leafHash;
	for (const p of path) {
		if (sn === 0n) return false;
		if ((fn & 1n) === 1n || fn === sn) {
			r = h.node(p, r);
			if ((fn & 1n) === 0n) {
				while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
			}
		} else {
			r = h.node(r, p);
		}
		fn >>= 1n;
		sn >>= 1n;
	}
	return sn === 0n && r.equals(root);
}

// RFC 9162 §2.1.4.2
function verifyConsistency(h, first, second, firstHash, secondHash, path) {
	if (first > second) return false;
	if (first === second) return path.length === 0 && firstHash.equals(secondHash);
	if (first === 0) return path.length === 0; // the empty tree is a prefix of every tree
	if (path.length === 0) return false;
	let proof = path;
	if ((first & (first - 1)) === 0) proof = [firstHash, ...path];
	let fn = BigInt(first) - 1n;
	let sn = BigInt(second) - 1n;
	while ((fn & 1n) === 1n) { fn >>= 1n; sn >>= 1n; }
	let fr = proof[0];
	let sr = proof[0];
	for (const c of proof.slice(1)) {
		if (sn === 0n) return false;
		if ((fn & 1n) === 1n || fn === sn) {
			fr = h.node(c, fr);
			sr = h.node(c, sr);
			if ((fn & 1n) === 0n) {
				while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
			}
		} else {
			sr = h.node(sr, c);
		}
		fn >>= 1n;
		sn >>= 1n;
	}
	return fr.equals(firstHash) && sr.equals(secondHash) && sn === 0n;
}

// RFC 6962 §3.5: digitally-signed struct { Version version (v1 = 0); SignatureType signature_type
// (tree_hash = 1); uint64 timestamp; uint64 tree_size; opaque sha256_root_hash[32]; } TreeHeadSignature
function treeHeadSignatureInput(timestamp, treeSize, rootHash) {
	const bytes = Buffer.alloc(2 + 8 + 8 + rootHash.length);
	bytes.writeUInt8(0, 0);
	bytes.writeUInt8(1, 1);
	bytes.writeBigUInt64BE(BigInt(timestamp), 2);
	bytes.writeBigUInt64BE(BigInt(treeSize), 10);
	rootHash.copy(bytes, 18);
	return bytes;
}

function rootHashOf(sth) {
	const key = Object.keys(sth).find((k) => k.endsWith('_root_hash'));
	if (!key) throw new Error('signed tree head has no *_root_hash field');
	return b64(sth[key]);
}

function readState(file) {
	if (!file || !existsSync(file)) return {};
	return JSON.parse(readFileSync(file, 'utf8'));
}

function writeState(file, state) {
	const temporary = `${file}.tmp`;
	writeFileSync(temporary, JSON.stringify(state, null, 2) + '\n');
	renameSync(temporary, file);
}

async function main() {
	let options;
	try {
		options = parseArgs(process.argv.slice(2));
	} catch (e) {
		console.error(`usage: node verify.mjs --url http://host:port [--state file] [--hash <base64 leaf hash>]...\n${e.message}`);
		return 2;
	}
	if (options.help) {
		console.log('usage: node verify.mjs --url http://host:port [--state file] [--hash <base64 leaf hash>]...');
		return 0;
	}
	const api = `${options.url}/api/v1/ledger`;

	// 1. the log's public key and algorithms
	const keyInfo = await getJson(api, '/public-key');
	const h = hasher(keyInfo.hash ?? 'SHA-256');
	const algorithm = String(keyInfo.algorithm);
	if (algorithm !== 'Ed25519') {
		fail(`public key: signature algorithm ${algorithm} is not supported by this verifier`);
		return 1;
	}
	const publicKey = createPublicKey({ key: b64(keyInfo.public_key), format: 'der', type: 'spki' });
	ok(`public key: ${algorithm}, hash ${keyInfo.hash ?? 'SHA-256'}, key sha256 ${hex(createHash('sha256').update(b64(keyInfo.public_key)).digest()).slice(0, 16)}…`);

	// 2. the latest signed tree head
	const sth = await getJson(api, '/sth');
	const treeSize = Number(sth.tree_size);
	const timestamp = BigInt(sth.timestamp);
	const root = rootHashOf(sth);
	const signed = verifySignature(null, treeHeadSignatureInput(timestamp, treeSize, root), publicKey,
		b64(sth.tree_head_signature));
	if (signed) ok(`signed tree head: size ${treeSize}, timestamp ${timestamp}, root ${root.toString('base64')}, signature valid`);
	else fail(`signed tree head: size ${treeSize}, timestamp ${timestamp}: signature does NOT verify`);

	// 3. consistency with the head seen last time
	const state = readState(options.state);
	const previous = state[options.url];
	if (!previous) {
		ok('consistency: no previous head recorded for this log (first run)');
	} else if (previous.tree_size > treeSize) {
		fail(`consistency: the log shrank from ${previous.tree_size} to ${treeSize} entries`);
	} else {
		const previousRoot = b64(previous.root_hash);
		let proof = [];
		if (previous.tree_size > 0 && previous.tree_size < treeSize) {
			const answer = await getJson(api, `/sth-consistency?first=${previous.tree_size}&second=${treeSize}`);
			proof = (answer.consistency ?? []).map(b64);
		}
		if (verifyConsistency(h, previous.tree_size, treeSize, previousRoot, root, proof)) {
			ok(`consistency: head of size ${previous.tree_size} is a prefix of head of size ${treeSize}`);
		} else {
			fail(`consistency: head of size ${previous.tree_size} (root ${previous.root_hash}) is NOT consistent with head of size ${treeSize}`);
		}
	}

	// 4. every entry: leaf hash = H(0x00 || leaf_input) where the input is public; the root from all leaves
	const leafHashes = [];
	let badLeaves = 0;
	let publicInputs = 0;
	for (let start = 0; start < treeSize;) {
		const end = treeSize - 1;
		const page = await getJson(api, `/entries?start=${start}&end=${end}`);
		const entries = page.entries ?? [];
		if (entries.length === 0) {
			fail(`entries: the log returned no entries from index ${start}`);
			break;
		}
		for (const [offset, entry] of entries.entries()) {
			const index = start + offset;
			if (index >= treeSize) break;
			const leafHash = b64(entry.leaf_hash);
			if (entry.leaf_input != null) {
				publicInputs++;
				const computed = h.leaf(b64(entry.leaf_input));
				if (!computed.equals(leafHash)) {
					badLeaves++;
					fail(`entry ${index} (leaf_hash ${entry.leaf_hash}): leaf_input hashes to ${computed.toString('base64')} — the stored entry was changed`);
				}
			}
			leafHashes.push(leafHash);
		}
		start += entries.length;
	}
	if (leafHashes.length === treeSize) {
		if (badLeaves === 0) ok(`entries: ${treeSize} leaf hashes fetched, ${publicInputs} public leaf inputs match their hashes`);
		const computedRoot = rootFromLeafHashes(h, leafHashes);
		if (computedRoot.equals(root)) ok(`root: recomputed from ${treeSize} leaves equals the signed root`);
		else fail(`root: recomputed from ${treeSize} leaves is ${computedRoot.toString('base64')}, the signed root is ${root.toString('base64')}`);
	}

	// 5. inclusion of the requested entries
	for (const wanted of options.hashes) {
		let hash;
		try {
			hash = b64(wanted);
			if (hash.length !== 32 && hash.length !== root.length) throw new Error('wrong length');
		} catch (e) {
			fail(`inclusion of ${wanted}: not a base64 leaf hash`);
			continue;
		}
		try {
			const proof = await getJson(api, `/proof-by-hash?hash=${encodeURIComponent(wanted)}&tree_size=${treeSize}`);
			const index = Number(proof.leaf_index);
			const path = (proof.audit_path ?? []).map(b64);
			if (verifyInclusion(h, index, treeSize, hash, path, root)) {
				ok(`inclusion of ${wanted}: leaf ${index} is in the signed tree of size ${treeSize}`);
			} else {
				fail(`inclusion of ${wanted}: the audit path for leaf ${index} does NOT lead to the signed root`);
			}
		} catch (e) {
			fail(`inclusion of ${wanted}: ${e.message}`);
		}
	}

	// 6. remember the head only when everything verified
	if (failures === 0 && options.state) {
		state[options.url] = {
			tree_size: treeSize,
			timestamp: Number(timestamp),
			root_hash: root.toString('base64'),
			tree_head_signature: sth.tree_head_signature,
		};
		writeState(options.state, state);
	}
	console.log(failures === 0 ? 'VERIFIED: every check passed' : `NOT VERIFIED: ${failures} check(s) failed`);
	return failures === 0 ? 0 : 1;
}

export { rootFromLeafHashes, verifyInclusion, verifyConsistency, treeHeadSignatureInput, hasher };

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('verify.mjs')) {
	main().then((code) => { process.exitCode = code; }, (e) => {
		console.log(`FAIL ${e.message}`);
		process.exitCode = 1;
	});
}
