package org.weijian.monitoring.run;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.identity.AuditTrail;

/**
 * At start-up, runs left QUEUED or RUNNING by the previous process (the executor's queue lives in memory) are marked
 * FAILED ("interrupted"), so that none waits forever; the user requests them again.
 */
@Component
@Order(21)
class InterruptedRuns implements ApplicationRunner {

	static final String INTERRUPTED = "error.monitoring.run.interrupted";

	private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

	private final RunStore store;

	private final AuditTrail audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	InterruptedRuns(RunStore store, AuditTrail audit, TransactionTemplate tx, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Long> failed = tx.execute(s -> {
			List<Long> ids = store.failUnfinished(INTERRUPTED, clock.instant());
			for (long id : ids) {
				audit.record("monitoring.run.interrupted", Runs.ENTITY, String.valueOf(id), store.byId(id).orElseThrow().regionCode(), null,
						Map.of("status", RunStatus.FAILED.name(), "problem", INTERRUPTED));
			}
			return ids;
		});
		if (!failed.isEmpty()) {
			log.warn("Claims monitoring: {} run(s) interrupted by the restart marked FAILED: {}", failed.size(), failed);
		}
	}

}
