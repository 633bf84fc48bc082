package org.weijian.inspection.pool;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;

/**
 * Records a refused second draw in its own transaction (REQUIRES_NEW), so the refusal stays in the audit
 * trail although the attempt itself is rolled back: a plan is drawn once, and whoever tried again is known.
 */
@Component
class RefusalLog {

	private final AuditTrail audit;

	RefusalLog(AuditTrail audit) {
		this.audit = audit;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void secondDraw(long planId, String drawId, String regionCode, String attempt) {
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("drawId", drawId);
		what.put("attempt", attempt);
		what.put("refused", "error.inspection.draw.already-drawn");
		audit.record("inspection.draw-refused", "inspection-plan", String.valueOf(planId), regionCode, null, what);
	}

}
