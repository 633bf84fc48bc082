package org.weijian.ledger;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.ledger.merkle.CompactRange;
import org.weijian.ledger.merkle.HashAlgorithm;
import org.weijian.ledger.merkle.MemoryTree;
import org.weijian.ledger.merkle.MerkleProofs.Key;
import org.weijian.ledger.merkle.TreeHeadSignatures;

/**
 * The self-check (完整性自检): streams every stored entry in leaf order, recomputes its leaf hash from its
 * leaf input, folds the recomputed hashes into the root of the latest signed head and checks that head's
 * signature. Each run is recorded in {@code ledger_check}; a failure logs an ERROR naming the first altered
 * entry, becomes the dashboard's alert and is published as {@link LedgerIntegrityFailed}.
 */
@Component
class LedgerChecks {

	private static final Logger log = LoggerFactory.getLogger(LedgerChecks.class);

	private static final int FETCH_SIZE = 10_000;

	/** Subtrees of 2^10 leaves are compared with the stored ones, 64 per query. */
	static final int BLOCK_LEVEL = 10;

	private static final int BLOCKS_PER_QUERY = 64;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final HashAlgorithm algorithm;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate write;

	private final ApplicationEventPublisher events;

	private final LedgerStore store;

	LedgerChecks(LedgerStore store, JdbcClient jdbc, javax.sql.DataSource dataSource, HashAlgorithm algorithm, Clock clock,
			PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.template = new JdbcTemplate(dataSource);
		this.template.setFetchSize(FETCH_SIZE);
		this.algorithm = algorithm;
		this.clock = clock;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.write = new TransactionTemplate(transactions);
		this.events = events;
		this.store = store;
	}

	/** The outcome of one self-check. */
	record Result(Instant startedAt, Duration took, long treeSize, long entriesChecked, boolean ok, long mismatches,
			@Nullable Long failedLeafIndex, @Nullable String failedEntryType, @Nullable String detail) {
	}

	@Scheduled(cron = "${weijian.ledger.self-check-cron:0 30 2 * * *}")
	void scheduled() {
		try {
			run();
		}
		catch (RuntimeException ex) {
			log.error("The ledger self-check could not run", ex);
		}
	}

	/** Runs the whole check now and records it. */
	Result run() {
		Instant started = clock.instant();
		long t0 = System.nanoTime();
		Scan scan = readOnly.execute(status -> scan());
		Result result = new Result(started, Duration.ofNanos(System.nanoTime() - t0), scan.headSize, scan.checked,
				scan.mismatches == 0 && scan.problem == null, scan.mismatches, scan.firstIndex, scan.firstType,
				scan.problem);
		write.executeWithoutResult(status -> {
			jdbc.sql("insert into ledger_check (started_at, finished_at, tree_size, entries_checked, ok, mismatches, "
					+ "failed_leaf_index, failed_entry_type, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(Timestamp.from(started), Timestamp.from(clock.instant()), result.treeSize(), result.entriesChecked(),
						result.ok(), result.mismatches(), result.failedLeafIndex(), result.failedEntryType(), result.detail())
				.update();
			if (!result.ok()) {
				LedgerAlert alert = new LedgerAlert(started, result.failedLeafIndex(), result.failedEntryType(), result.mismatches(),
						String.valueOf(result.detail()));
				log.error("LEDGER INTEGRITY FAILURE: {} (first altered entry: leaf index {}, type {}; {} mismatches)",
						result.detail(), result.failedLeafIndex(), result.failedEntryType(), result.mismatches());
				events.publishEvent(new LedgerIntegrityFailed(alert));
			}
			else {
				log.info("Ledger self-check passed: {} entries, head of size {} in {} ms", result.entriesChecked(),
						result.treeSize(), result.took().toMillis());
			}
		});
		return result;
	}

	/** The latest check's alert when it failed. */
	Optional<LedgerAlert> currentAlert() {
		return jdbc.sql("select started_at, ok, failed_leaf_index, failed_entry_type, mismatches, detail from ledger_check "
				+ "order by id desc limit 1")
			.query((rs, n) -> rs.getBoolean("ok") ? null
					: new LedgerAlert(rs.getTimestamp("started_at").toInstant(), (Long) rs.getObject("failed_leaf_index"),
							rs.getString("failed_entry_type"), rs.getLong("mismatches"), String.valueOf(rs.getString("detail"))))
			.optional();
	}

	private Scan scan() {
		Scan scan = new Scan();
		Optional<SignedTreeHead> head = jdbc
			.sql("select tree_size, timestamp_ms, root_hash, signature, key_id from ledger_tree_head order by id desc limit 1")
			.query((rs, n) -> new SignedTreeHead(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4), rs.getString(5)))
			.optional();
		scan.headSize = head.map(SignedTreeHead::treeSize).orElse(0L);
		CompactRange range = CompactRange.empty(algorithm);
		byte[][] headRoot = { head.isPresent() && scan.headSize == 0 ? range.root() : null };
		RowCallbackHandler handler = rs -> {
			long index = rs.getLong(1);
			byte[] stored = rs.getBytes(2);
			byte[] recomputed = algorithm.leafHash(rs.getBytes(3));
			if (index != scan.checked) {
				scan.fail(scan.checked, null, "leaf index " + scan.checked + " is missing");
				scan.checked = index;
			}
			if (!MessageDigest.isEqual(stored, recomputed)) {
				scan.fail(index, rs.getString(4), "entry " + index + " (" + rs.getString(4)
						+ ") no longer matches its recorded leaf hash");
			}
			for (CompactRange.Node node : range.append(recomputed)) {
				if (node.level() == BLOCK_LEVEL) {
					scan.blocks.add(node);
				}
			}
			scan.blockLeaves.add(recomputed);
			scan.checked++;
			if (scan.blocks.size() == BLOCKS_PER_QUERY) {
				compareBlocks(scan);
			}
			if (scan.checked == scan.headSize) {
				headRoot[0] = range.root();
			}
		};
		template.query(con -> {
			java.sql.PreparedStatement ps = con
				.prepareStatement("select leaf_index, leaf_hash, leaf_input, entry_type from ledger_entry order by leaf_index");
			if (ps.isWrapperFor(org.postgresql.PGStatement.class)) {
				// binary transfer: bytea arrives as bytes, not as hex text to decode
				ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
			}
			return ps;
		}, handler);
		compareBlocks(scan);
		compareTail(scan, range);
		if (head.isPresent()) {
			SignedTreeHead h = head.get();
			if (headRoot[0] == null) {
				scan.problem("the log holds " + scan.checked + " entries, fewer than the signed head's " + h.treeSize());
			}
			else if (!MessageDigest.isEqual(headRoot[0], h.rootHash())) {
				scan.problem("the stored entries no longer give the root of the signed head of size " + h.treeSize());
			}
			Optional<byte[]> publicKey = jdbc.sql("select public_key from ledger_key where key_id = ?")
				.param(h.keyId())
				.query((rs, n) -> rs.getBytes(1))
				.optional();
			String alg = jdbc.sql("select algorithm from ledger_key where key_id = ?").param(h.keyId()).query(String.class).optional().orElse("");
			if (publicKey.isEmpty() || !TreeHeadSignatures.verify(alg,
					publicKey.get(), TreeHeadSignatures.signedBytes(h.timestampMillis(), h.treeSize(), h.rootHash()), h.signature())) {
				scan.problem("the signature of the head of size " + h.treeSize() + " does not verify with key " + h.keyId());
			}
		}
		return scan;
	}

	/**
	 * Compares recomputed subtrees of 2^BLOCK_LEVEL leaves with the stored ones (written at append time).
	 * A leaf whose input and hash were both forged still changes its block's subtree; descending through the
	 * stored subtrees of that block names the pair of leaves under the changed level-1 node.
	 */
	private void compareBlocks(Scan scan) {
		if (scan.blocks.isEmpty()) {
			return;
		}
		long firstLeaf = scan.blocks.get(0).index() << BLOCK_LEVEL;
		Map<Key, byte[]> stored = store.subtrees(scan.blocks.stream().map(b -> new Key(b.level(), b.index())).toList());
		for (CompactRange.Node block : scan.blocks) {
			byte[] kept = stored.get(new Key(block.level(), block.index()));
			if (kept != null && !MessageDigest.isEqual(kept, block.hash())) {
				int offset = (int) ((block.index() << BLOCK_LEVEL) - firstLeaf);
				locate(scan, block.index() << BLOCK_LEVEL, BLOCK_LEVEL, scan.blockLeaves.subList(offset, offset + (1 << BLOCK_LEVEL)));
			}
		}
		long covered = (scan.blocks.get(scan.blocks.size() - 1).index() + 1) << BLOCK_LEVEL;
		scan.blockLeaves.subList(0, (int) (covered - firstLeaf)).clear();
		scan.blocks.clear();
	}

	/** The tail after the last full block: its complete subtrees on the right edge, compared the same way. */
	private void compareTail(Scan scan, CompactRange range) {
		long tailStart = scan.checked - scan.blockLeaves.size();
		for (CompactRange.Node node : range.edge()) {
			long start = node.index() << node.level();
			if (node.level() == 0 || node.level() >= BLOCK_LEVEL || start < tailStart) {
				continue;
			}
			byte[] kept = store.subtrees(List.of(new Key(node.level(), node.index()))).get(new Key(node.level(), node.index()));
			if (kept != null && !MessageDigest.isEqual(kept, node.hash())) {
				int offset = (int) (start - tailStart);
				locate(scan, start, node.level(), scan.blockLeaves.subList(offset, offset + (1 << node.level())));
			}
		}
	}

	private void locate(Scan scan, long start, int topLevel, List<byte[]> leafHashes) {
		MemoryTree recomputed = new MemoryTree(algorithm);
		leafHashes.forEach(recomputed::appendLeafHash);
		List<Key> keys = new ArrayList<>();
		for (int level = 1; level < topLevel; level++) {
			for (long i = 0; i < (1L << (topLevel - level)); i++) {
				keys.add(new Key(level, (start >> level) + i));
			}
		}
		Map<Key, byte[]> stored = store.subtrees(keys);
		long index = 0;
		for (int level = topLevel - 1; level >= 1; level--) {
			long left = index * 2;
			byte[] keptLeft = stored.get(new Key(level, (start >> level) + left));
			index = keptLeft != null && MessageDigest.isEqual(keptLeft, recomputed.hash(level, left)) ? left + 1 : left;
		}
		long pair = start + index * 2;
		if (scan.failedLeaves.contains(pair) || scan.failedLeaves.contains(pair + 1)) {
			return; // already named: its input no longer matches its leaf hash
		}
		scan.fail(pair, null, "entry " + pair + " or " + (pair + 1)
				+ " was rewritten together with its leaf hash: their stored subtree no longer matches");
	}

	private static final class Scan {

		final List<CompactRange.Node> blocks = new ArrayList<>();

		final List<byte[]> blockLeaves = new ArrayList<>();

		long headSize;

		long checked;

		long mismatches;

		@Nullable Long firstIndex;

		@Nullable String firstType;

		@Nullable String problem;

		final java.util.Set<Long> failedLeaves = new java.util.HashSet<>();

		void fail(long index, @Nullable String type, String what) {
			mismatches++;
			if (failedLeaves.size() < 100_000) {
				failedLeaves.add(index);
			}
			if (firstIndex == null) {
				firstIndex = index;
				firstType = type;
				problem = what;
			}
		}

		void problem(String what) {
			if (problem == null) {
				problem = what;
			}
		}

	}

}
