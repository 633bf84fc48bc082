package org.weijian.ledger;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.ledger.merkle.HashAlgorithm;
import org.weijian.ledger.merkle.MerkleProofs;
import org.weijian.ledger.merkle.MerkleProofs.Key;
import org.weijian.ledger.merkle.SubtreeSource;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;

/**
 * Public reads of the ledger (for the RFC 6962-shaped API, the public entry page and the verifier): heads,
 * proofs, entries and keys. Proofs are limited to the latest signed head; each reads O(log n) rows in two
 * queries. Input errors name the API's parameter.
 */
@Service
@Transactional(readOnly = true)
public class LedgerQueries {

	private final LedgerStore store;

	private final TreeHeads heads;

	private final HashAlgorithm algorithm;

	private final MerkleProofs proofs;

	private final LedgerProperties props;

	private final JdbcClient jdbc;

	LedgerQueries(LedgerStore store, TreeHeads heads, HashAlgorithm algorithm, LedgerProperties props, JdbcClient jdbc) {
		this.store = store;
		this.heads = heads;
		this.algorithm = algorithm;
		this.proofs = new MerkleProofs(algorithm);
		this.props = props;
		this.jdbc = jdbc;
	}

	/** {@code SHA-256} or {@code SM3}. */
	public String hashAlgorithm() {
		return algorithm.standardName();
	}

	/** The latest signed tree head. */
	@Transactional
	public SignedTreeHead currentHead() {
		return heads.latest();
	}

	/** The consistency proof between two sizes not beyond the latest signed head. */
	public List<byte[]> consistencyProof(long first, long second) {
		long size = currentHead().treeSize();
		if (first < 0) {
			throw InvalidInputException.of("first", "error.ledger.size-negative");
		}
		if (second < 0 || second > size) {
			throw InvalidInputException.of("second", "error.ledger.size-beyond-head", size);
		}
		if (first > second) {
			throw InvalidInputException.of("first", "error.ledger.first-after-second");
		}
		return prove(source -> proofs.consistency(first, second, source));
	}

	/** The audit path of the first entry with this leaf hash in the tree of {@code treeSize} entries. */
	public InclusionProof inclusionProof(byte[] leafHash, long treeSize) {
		checkHash("hash", leafHash);
		checkTreeSize(treeSize);
		LedgerEntryView entry = store.entryByHash(leafHash, treeSize)
			.orElseThrow(() -> new NotFoundException("error.ledger.hash-unknown"));
		return inclusionProof(entry.leafIndex(), treeSize);
	}

	/** The audit path of leaf {@code leafIndex} in the tree of {@code treeSize} entries. */
	public InclusionProof inclusionProof(long leafIndex, long treeSize) {
		checkTreeSize(treeSize);
		if (leafIndex < 0 || leafIndex >= treeSize) {
			throw InvalidInputException.of("leaf_index", "error.ledger.index-outside", treeSize);
		}
		return new InclusionProof(leafIndex, treeSize, prove(source -> proofs.inclusion(leafIndex, treeSize, source)));
	}

	/**
	 * Entries {@code start..end} (inclusive, as RFC 6962 §4.6), clamped to {@code page-limit} entries and to
	 * the latest signed head.
	 */
	public List<LedgerEntryView> entries(long start, long end) {
		long size = currentHead().treeSize();
		if (start < 0) {
			throw InvalidInputException.of("start", "error.ledger.size-negative");
		}
		if (start >= size) {
			throw InvalidInputException.of("start", "error.ledger.size-beyond-head", size);
		}
		if (end < start) {
			throw InvalidInputException.of("end", "error.ledger.end-before-start");
		}
		long last = Math.min(Math.min(end, size - 1), start + props.pageLimit() - 1);
		return store.entries(start, last);
	}

	/** The first entry with this leaf hash (any size; not limited to the signed head). */
	public Optional<LedgerEntryView> entryByHash(byte[] leafHash) {
		checkHash("hash", leafHash);
		return store.entryByHash(leafHash, Long.MAX_VALUE);
	}

	/** Signed heads with {@code from <= tree_size <= to}, oldest first, at most {@code page-limit}. */
	public List<SignedTreeHead> headHistory(long from, long to) {
		if (from < 0) {
			throw InvalidInputException.of("from", "error.ledger.size-negative");
		}
		if (to < from) {
			throw InvalidInputException.of("to", "error.ledger.end-before-start");
		}
		return store.heads(from, to, props.pageLimit());
	}

	/** Every signing key ever used, current one marked; old heads stay verifiable with their key. */
	public List<LedgerPublicKey> publicKeys() {
		String current = heads.keyId();
		return jdbc.sql("select key_id, algorithm, public_key, created_at from ledger_key order by created_at, key_id")
			.query((rs, n) -> new LedgerPublicKey(rs.getString(1), rs.getString(2), rs.getBytes(3), algorithm.standardName(),
					rs.getTimestamp(4).toInstant(), rs.getString(1).equals(current)))
			.list();
	}

	/** The current signing key. */
	public LedgerPublicKey currentKey() {
		return publicKeys().stream().filter(LedgerPublicKey::current).findFirst().orElseThrow();
	}

	/** The most entries or heads one request returns. */
	public int pageLimit() {
		return props.pageLimit();
	}

	private List<byte[]> prove(java.util.function.Function<SubtreeSource, List<byte[]>> proof) {
		var keys = MerkleProofs.requiredSubtrees(proof::apply);
		var found = store.subtrees(keys);
		return proof.apply((level, index) -> {
			byte[] h = found.get(new Key(level, index));
			if (h == null) {
				throw new IllegalStateException("The ledger lacks subtree " + level + "/" + index);
			}
			return h;
		});
	}

	private void checkTreeSize(long treeSize) {
		long size = currentHead().treeSize();
		if (treeSize < 1 || treeSize > size) {
			throw InvalidInputException.of("tree_size", "error.ledger.size-beyond-head", size);
		}
	}

	private static void checkHash(String field, byte[] hash) {
		if (hash.length != HashAlgorithm.HASH_LENGTH) {
			throw InvalidInputException.of(field, "error.ledger.hash-length", HashAlgorithm.HASH_LENGTH);
		}
	}

}
