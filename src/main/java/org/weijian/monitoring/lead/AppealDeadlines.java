package org.weijian.monitoring.lead;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUser;

/**
 * Closes the 申诉 stage of leads whose appeal limit has passed without an answer: they move to 核查 marked
 * "no appeal within the limit", by the system, audited and in their history. Runs every minute by default
 * ({@code weijian.monitoring.appeal-check-millis}) and before every read of leads, so nobody sees a lead
 * still waiting for an answer after its limit.
 */
@Component
class AppealDeadlines {

	private static final Logger log = LoggerFactory.getLogger(AppealDeadlines.class);

	private final LeadStore store;

	private final StageLimits limits;

	private final AuditTrail audit;

	private final Clock clock;

	AppealDeadlines(LeadStore store, StageLimits limits, AuditTrail audit, Clock clock) {
		this.store = store;
		this.limits = limits;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${weijian.monitoring.appeal-check-millis:60000}",
			initialDelayString = "${weijian.monitoring.appeal-check-millis:60000}")
	void scheduled() {
		int closed = closeExpired();
		if (closed > 0) {
			log.info("Claims monitoring: {} leads moved to verification without an appeal within the limit", closed);
		}
	}

	/** The number of leads moved. */
	@Transactional
	public int closeExpired() {
		Instant now = clock.instant();
		int moved = 0;
		for (long id : store.expiredAppeals(now)) {
			LeadView before = store.byId(id, now).orElseThrow();
			Instant due = now.plus(Duration.ofDays(limits.days(LeadStage.VERIFICATION)));
			if (!store.move(id, LeadStage.APPEAL, LeadStage.VERIFICATION, due, CurrentUser.SYSTEM, now)) {
				continue;
			}
			store.answered(id, AppealAnswer.NO_ANSWER, null);
			store.history(id, "APPEAL_TIMEOUT", LeadStage.APPEAL, LeadStage.VERIFICATION, CurrentUser.SYSTEM, now, null);
			audit.record("monitoring.lead-appeal-timeout", "monitoring-lead", String.valueOf(id), before.regionCode(), before,
					store.byId(id, now).orElseThrow());
			moved++;
		}
		return moved;
	}

}
