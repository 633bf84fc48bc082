package org.weijian.ledger;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final HashAlgorithm algorithm;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate write;

	private final ApplicationEventPublisher events;

	LedgerChecks(JdbcClient jdbc, javax.sql.DataSource dataSource, HashAlgorithm algorithm, Clock clock,
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
			range.append(recomputed);
			scan.checked++;
			if (scan.checked == scan.headSize) {
				headRoot[0] = range.root();
			}
		};
		template.query("select leaf_index, leaf_hash, leaf_input, entry_type from ledger_entry order by leaf_index", handler);
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

	private static final class Scan {

		long headSize;

		long checked;

		long mismatches;

		@Nullable Long firstIndex;

		@Nullable String firstType;

		@Nullable String problem;

		void fail(long index, @Nullable String type, String what) {
			mismatches++;
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
