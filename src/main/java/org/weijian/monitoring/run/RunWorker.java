package org.weijian.monitoring.run;

import java.io.File;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.identity.AuditTrail;
import org.weijian.monitoring.dataset.Datasets;
import org.weijian.monitoring.engine.ClaimsDataset;
import org.weijian.monitoring.engine.ClaimsEngine;
import org.weijian.monitoring.engine.ClaimsInputException;
import org.weijian.monitoring.engine.MonitoringResult;
import org.weijian.monitoring.engine.RuleBase;
import org.weijian.monitoring.rulebase.RuleBases;

/**
 * Executes one queued run: QUEUED → RUNNING, the engine with progress per rule, then in ONE transaction the findings
 * (psn_no encrypted), counts per rule, skipped rows, SUCCEEDED and — for a MONITOR run — {@link MonitoringRunSucceeded};
 * bad input → REFUSED with its problems; anything else → FAILED with a generic message (the trace goes to the log only).
 */
@Component
class RunWorker {

	static final String FAILED = "error.monitoring.run.failed";

	static final String CHANGED = "error.monitoring.run.dataset-changed";

	private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

	private final RunStore runs;

	private final FindingStore findings;

	private final Datasets datasets;

	private final RuleBases ruleBases;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	RunWorker(RunStore runs, FindingStore findings, Datasets datasets, RuleBases ruleBases, AuditTrail audit,
			ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
		this.runs = runs;
		this.findings = findings;
		this.datasets = datasets;
		this.ruleBases = ruleBases;
		this.audit = audit;
		this.events = events;
		this.tx = tx;
		this.clock = clock;
	}

	void execute(long runId) {
		if (!runs.start(runId, clock.instant())) {
			return; // no longer queued (marked interrupted)
		}
		RunView run = runs.byId(runId).orElseThrow();
		String directory = datasets.directory(run.datasetId());
		try {
			if (!datasets.unchanged(run.datasetId())) {
				finish(run, RunStatus.REFUSED, List.of(CHANGED));
				return;
			}
			ClaimsDataset files = datasets.files(run.datasetId());
			RuleBase ruleBase = ruleBases.load(run.ruleBaseVersion());
			AtomicInteger done = new AtomicInteger();
			MonitoringResult result = new ClaimsEngine(ruleBase).run(files, run.skipBadRows(),
					(code, count) -> runs.progress(runId, done.incrementAndGet()));
			tx.executeWithoutResult(status -> store(run, result, directory));
		}
		catch (ClaimsInputException ex) {
			finish(run, RunStatus.REFUSED, ex.problems().stream().map(p -> shorten(p, directory)).toList());
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			log.error("Claims monitoring: run {} failed", runId, ex);
			finish(run, RunStatus.FAILED, List.of(FAILED));
		}
	}

	private void store(RunView run, MonitoringResult result, String directory) {
		findings.insertHits(run.id(), result.hits());
		findings.insertWarnings(run.id(), result.warnings());
		findings.insertCounts(run.id(), result.countsByRule());
		findings.insertSkipped(run.id(), result.skipped().stream()
			.map(s -> new org.weijian.monitoring.engine.SkippedRow(fileName(s.file(), directory), s.line(), s.column(), s.reason()))
			.toList());
		if (!runs.succeed(run.id(), result.hits().size(), result.warnings().size(), result.skipped().size(), clock.instant())) {
			throw new IllegalStateException("run " + run.id() + " is no longer running");
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", RunStatus.SUCCEEDED.name());
		after.put("ruleBaseVersion", run.ruleBaseVersion());
		after.put("hits", result.hits().size());
		after.put("warnings", result.warnings().size());
		after.put("skipped", result.skipped().size());
		audit.record("monitoring.run.succeeded", Runs.ENTITY, String.valueOf(run.id()), run.regionCode(), Map.of("status", "RUNNING"),
				after);
		if (run.purpose() == RunPurpose.MONITOR) {
			events.publishEvent(new MonitoringRunSucceeded(run.id(), run.datasetId(), run.regionCode(), run.ruleBaseVersion()));
		}
	}

	private void finish(RunView run, RunStatus status, List<String> problems) {
		tx.executeWithoutResult(s -> {
			if (runs.finish(run.id(), status, problems, clock.instant())) {
				audit.record("monitoring.run." + status.name().toLowerCase(java.util.Locale.ROOT), Runs.ENTITY, String.valueOf(run.id()),
						run.regionCode(), Map.of("status", "RUNNING"), Map.of("status", status.name(), "problems", problems.size()));
			}
		});
	}

	/** The engine names files by their full path; users see the file name only (never the server's directories). */
	static String shorten(String problem, String directory) {
		String dir = directory.endsWith(File.separator) ? directory : directory + File.separator;
		return problem.replace(dir, "");
	}

	private static String fileName(String file, String directory) {
		String shortened = shorten(file, directory);
		int slash = Math.max(shortened.lastIndexOf('/'), shortened.lastIndexOf('\\'));
		return slash < 0 ? shortened : shortened.substring(slash + 1);
	}

}
