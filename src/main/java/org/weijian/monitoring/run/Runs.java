package org.weijian.monitoring.run;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.monitoring.dataset.DatasetView;
import org.weijian.monitoring.dataset.Datasets;
import org.weijian.monitoring.rulebase.RuleBases;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * 运行 — monitoring runs (ADR 0044). {@link #request} queues a run on the background executor (the UI and REST path);
 * {@link #runNow} does the same work in the caller's thread and answers the finished run (demo loading, tests). A
 * dataset gets at most one successful MONITOR run per rule-base version (409); a {@link #replay} re-runs the dataset of
 * a finished run under another version, compared with it, and raises no leads. Runs are seen through their dataset's
 * region: 404 outside the caller's scope on read, 403 on write. Requests are audited.
 */
@Service
public class Runs {

	static final String ENTITY = "monitoring-run";

	private final RunStore store;

	private final RunWorker worker;

	private final RunExecutor executor;

	private final Datasets datasets;

	private final RuleBases ruleBases;

	private final CurrentUsers currentUsers;

	private final AuditTrail audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	Runs(RunStore store, RunWorker worker, RunExecutor executor, Datasets datasets, RuleBases ruleBases, CurrentUsers currentUsers,
			AuditTrail audit, TransactionTemplate tx, Clock clock) {
		this.store = store;
		this.worker = worker;
		this.executor = executor;
		this.datasets = datasets;
		this.ruleBases = ruleBases;
		this.currentUsers = currentUsers;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/** The run if it exists and its dataset lies in the caller's scope (system work sees every run). */
	public Optional<RunView> find(long runId) {
		return store.byId(runId).filter(r -> currentUsers.scope().coversRegion(r.regionCode()));
	}

	/** The run, or 404. */
	public RunView get(long runId) {
		return find(runId).orElseThrow(() -> new NotFoundException("error.monitoring.run.not-found", runId));
	}

	/** Runs in the caller's scope (optionally of one dataset), newest first. */
	public PageResult<RunView> page(@Nullable Long datasetId, PageQuery query) {
		String pattern = currentUsers.scope().regionPattern();
		return PageResult.of(store.page(pattern, datasetId, query.size(), query.offset()), query, store.count(pattern, datasetId));
	}

	/** Queues a MONITOR run of the dataset under the version; it starts on the background executor after commit. */
	public RunView request(long datasetId, @Nullable String ruleBaseVersion, boolean skipBadRows) {
		long id = tx.execute(s -> {
			long queued = queue(datasetId, ruleBaseVersion, RunPurpose.MONITOR, null, skipBadRows);
			afterCommit(queued);
			return queued;
		});
		return store.byId(id).orElseThrow();
	}

	/** Runs a MONITOR run in the caller's thread and answers it finished (SUCCEEDED, REFUSED or FAILED). */
	public RunView runNow(long datasetId, String ruleBaseVersion, boolean skipBadRows) {
		long id = tx.execute(s -> queue(datasetId, ruleBaseVersion, RunPurpose.MONITOR, null, skipBadRows));
		worker.execute(id);
		return store.byId(id).orElseThrow();
	}

	/** Queues a REPLAY of the run's dataset under another version, compared with that run. */
	public RunView replay(long runId, @Nullable String ruleBaseVersion) {
		long id = tx.execute(s -> {
			RunView original = original(runId);
			long queued = queue(original.datasetId(), ruleBaseVersion, RunPurpose.REPLAY, original.id(), original.skipBadRows());
			afterCommit(queued);
			return queued;
		});
		return store.byId(id).orElseThrow();
	}

	/** A REPLAY in the caller's thread, answered finished. */
	public RunView replayNow(long runId, String ruleBaseVersion) {
		long id = tx.execute(s -> {
			RunView original = original(runId);
			return queue(original.datasetId(), ruleBaseVersion, RunPurpose.REPLAY, original.id(), original.skipBadRows());
		});
		worker.execute(id);
		return store.byId(id).orElseThrow();
	}

	private RunView original(long runId) {
		RunView original = store.byId(runId).orElseThrow(() -> new NotFoundException("error.monitoring.run.not-found", runId));
		if (!currentUsers.scope().coversRegion(original.regionCode())) {
			throw new AccessDeniedToScopeException();
		}
		if (original.status() != RunStatus.SUCCEEDED) {
			throw new ConflictException("status", "error.monitoring.run.not-succeeded", original.status().name());
		}
		return original;
	}

	private long queue(long datasetId, @Nullable String ruleBaseVersion, RunPurpose purpose, @Nullable Long comparedRunId,
			boolean skipBadRows) {
		DatasetView dataset = datasets.writable(datasetId);
		if (ruleBaseVersion == null || ruleBaseVersion.isBlank()) {
			throw InvalidInputException.of("ruleBaseVersion", "error.field.required");
		}
		String version = ruleBaseVersion.strip();
		if (ruleBases.find(version).isEmpty()) {
			throw InvalidInputException.of("ruleBaseVersion", "error.monitoring.rulebase.not-found", version);
		}
		if (purpose == RunPurpose.MONITOR) {
			store.lockDataset(datasetId);
			Optional<Long> existing = store.monitorRun(datasetId, version);
			if (existing.isPresent()) {
				throw new ConflictException("ruleBaseVersion", "error.monitoring.run.duplicate", version, existing.get());
			}
		}
		long id = store.insert(datasetId, version, purpose, comparedRunId, skipBadRows, currentUsers.actorName(), clock.instant());
		audit.record("monitoring.run.requested", ENTITY, String.valueOf(id), dataset.regionCode(), null, store.byId(id).orElseThrow());
		return id;
	}

	private void afterCommit(long runId) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				executor.submit(() -> worker.execute(runId));
			}
		});
	}

}
