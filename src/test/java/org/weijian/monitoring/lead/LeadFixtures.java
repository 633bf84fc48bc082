package org.weijian.monitoring.lead;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.monitoring.run.MonitoringRunSucceeded;
import org.weijian.registry.subject.SubjectDraft;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.shared.Uscc;

/**
 * Test-only stand-in for the runs helper's code: a rule-base version, a dataset, a succeeded MONITOR run and
 * its findings written with SQL, then {@link MonitoringRunSucceeded} published in the same transaction, as
 * the runs module does. Also real registry subjects for the institution links.
 */
final class LeadFixtures {

	private static final AtomicLong SEQ = new AtomicLong((System.currentTimeMillis() / 7) % 40_000_000 + 10_000_000);

	/** One finding: a hit (mdtrtId and amount) or a warning (period and value). */
	record Finding(String ruleCode, String fixmedinsCode, @Nullable String mdtrtId, @Nullable String feedetlSn, @Nullable BigDecimal amount,
			@Nullable String period, @Nullable BigDecimal value, @Nullable BigDecimal threshold) {

		static Finding hit(String rule, String code, String amount) {
			return new Finding(rule, code, "MDT" + SEQ.incrementAndGet(), "FEE" + SEQ.incrementAndGet(), new BigDecimal(amount), null, null,
					null);
		}

		static Finding warning(String rule, String code, String value, String threshold) {
			return new Finding(rule, code, null, null, null, "2025-05", new BigDecimal(value), new BigDecimal(threshold));
		}

	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final SubjectRegistration registration;

	LeadFixtures(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate tx, SubjectRegistration registration) {
		this.jdbc = jdbc;
		this.events = events;
		this.tx = tx;
		this.registration = registration;
	}

	static String unique(String prefix) {
		return prefix + Long.toString(SEQ.incrementAndGet(), 36).toUpperCase(java.util.Locale.ROOT);
	}

	/** A fresh institution code like the national ones. */
	static String code() {
		return "HT" + String.format("%010d", SEQ.incrementAndGet() % 10_000_000_000L);
	}

	/** Stores a succeeded MONITOR run of a new dataset in {@code region} with the findings and publishes the event; the run id. */
	long run(String region, String version, List<Finding> findings) {
		return tx.execute(status -> {
			Instant now = Instant.now();
			jdbc.sql("""
					INSERT INTO monitoring_rulebase (version, note, content_sha256, created_at, created_by)
					VALUES (?, 'test', repeat('0', 64), ?, 'test') ON CONFLICT (version) DO NOTHING""")
				.params(version, Timestamp.from(now))
				.update();
			long dataset = jdbc.sql("""
					INSERT INTO monitoring_dataset (name, region_code, source, directory, visits_file, fees_file, kb_file, total_bytes,
					  content_sha256, created_at, created_by)
					VALUES (?, ?, 'SERVER_PATH', '/data', 'mdtrt_d.csv', 'fee_list_d.csv', 'hilist_kb.csv', 1, repeat('0', 64), ?, 'test')
					RETURNING id""")
				.params("测试数据集 " + unique("D"), region, Timestamp.from(now))
				.query(Long.class)
				.single();
			long run = jdbc.sql("""
					INSERT INTO monitoring_run (dataset_id, rulebase_version, purpose, skip_bad_rows, status, hit_count, warning_count,
					  skipped_count, requested_at, requested_by, started_at, finished_at)
					VALUES (?, ?, 'MONITOR', false, 'SUCCEEDED', ?, ?, 0, ?, 'test', ?, ?) RETURNING id""")
				.params(dataset, version, findings.stream().filter(f -> f.mdtrtId() != null).count(),
						findings.stream().filter(f -> f.mdtrtId() == null).count(), Timestamp.from(now), Timestamp.from(now),
						Timestamp.from(now))
				.query(Long.class)
				.single();
			for (Finding f : findings) {
				boolean hit = f.mdtrtId() != null;
				jdbc.sql("""
						INSERT INTO monitoring_finding (run_id, rule_code, level, fixmedins_code, mdtrt_id, feedetl_sn, psn_no_masked, amount,
						  period, value, threshold)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(run, f.ruleCode(), hit ? "HIT" : "WARNING", f.fixmedinsCode(), f.mdtrtId(), f.feedetlSn(),
							hit ? "2111********0889" : null, f.amount(), f.period(), f.value(), f.threshold())
					.update();
			}
			events.publishEvent(new MonitoringRunSucceeded(run, dataset, region, version));
			return run;
		});
	}

	/** The ids of the run's leads, in finding order. */
	List<Long> leadsOf(long runId) {
		return jdbc.sql("SELECT id FROM monitoring_lead WHERE run_id = ? ORDER BY finding_id").param(runId).query(Long.class).list();
	}

	SubjectRecord hospital(String region) {
		String uscc = Uscc.withCheckCharacter("12" + region.substring(0, 6) + organizationCode());
		return registration.register(new SubjectDraft(null, "GENERAL_HOSPITAL", "监控测试医院" + unique("H"), uscc, region, null, "测试路 1 号",
				"张三", "李四", "LEVEL2_A", "PUBLIC", false, organizationCode() + region.substring(0, 6) + "11A1001", 120, List.of("内科"),
				Map.of()));
	}

	private static String organizationCode() {
		String body = String.format("%08d", SEQ.incrementAndGet() % 100_000_000);
		return body + Uscc.organizationCheckCharacter(body);
	}

}
