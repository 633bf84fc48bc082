package org.weijian.inspection.pool;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUsers;
import org.weijian.inspection.plan.PlanView;
import org.weijian.ledger.Ledger;
import org.weijian.ledger.LedgerAct;

/**
 * Appends the announcement and the draw to the supervision ledger in the caller's transaction. Both are
 * public entries (the whole point is that anyone can check them): {@code inspection.announced} about
 * subject {@code inspection-announcement}, {@code inspection.drawn} about {@code inspection-draw}, both
 * with the draw id as subject id, so each page shows its own receipt.
 */
@Component
class DrawLedger {

	static final String ANNOUNCEMENT = "inspection-announcement";

	static final String DRAW = "inspection-draw";

	private final Ledger ledger;

	private final CurrentUsers currentUsers;

	DrawLedger(Ledger ledger, CurrentUsers currentUsers) {
		this.ledger = ledger;
		this.currentUsers = currentUsers;
	}

	void announced(PlanView plan, String drawId, Map<String, Object> announcement) {
		ledger.append(new LedgerAct("inspection.announced", currentUsers.actorName(), plan.departmentId(), ANNOUNCEMENT, drawId,
				announcement, true));
	}

	void drawn(PlanView plan, String drawId, String key, String objectDigest, String inspectorDigest, String recordSha256,
			String enteredBy, int tasks, int unstaffed) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", drawId);
		body.put("plan_id", plan.id());
		body.put("key", key);
		body.put("pool_digest", objectDigest);
		body.put("inspector_pool_digest", inspectorDigest);
		body.put("record_sha256", recordSha256);
		body.put("entered_by", enteredBy);
		body.put("tasks", tasks);
		body.put("unstaffed", unstaffed);
		ledger.append(new LedgerAct("inspection.drawn", currentUsers.actorName(), plan.departmentId(), DRAW, drawId, body, true));
	}

}
