package org.weijian.monitoring.lead;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.monitoring.run.MonitoringRunSucceeded;

/**
 * Raises one lead in 初审 per finding of a successful monitoring run, in the run's own transaction (a plain
 * listener: the leads commit or roll back with the findings). Set-based; one audit entry per run.
 */
@Component
class LeadRaising {

	private final LeadStore store;

	private final Leads leads;

	private final CurrentUsers currentUsers;

	private final AuditTrail audit;

	private final Clock clock;

	LeadRaising(LeadStore store, Leads leads, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
		this.store = store;
		this.leads = leads;
		this.currentUsers = currentUsers;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	void on(MonitoringRunSucceeded run) {
		Instant now = clock.instant();
		int raised = store.raise(run.runId(), run.regionCode(), run.ruleBaseVersion(), leads.due(LeadStage.INITIAL_REVIEW, now),
				currentUsers.actorName(), now);
		audit.record("monitoring.leads-raised", "monitoring-run", String.valueOf(run.runId()), run.regionCode(), null,
				Map.of("runId", run.runId(), "ruleBaseVersion", run.ruleBaseVersion(), "leads", raised));
	}

}
