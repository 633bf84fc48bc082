package org.weijian.registry.licence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUsers;
import org.weijian.ledger.Ledger;
import org.weijian.ledger.LedgerAct;
import org.weijian.registry.LicenceHolder;
import org.weijian.registry.LicenceStatus;
import org.weijian.registry.LicenceView;

/**
 * Appends the licence acts (行政许可) to the supervision ledger in the caller's transaction. Licences are
 * public by law (双公示), so these entries are public (ADR 0026): the body names the holder institution,
 * the certificate's number and terms — no natural person's data.
 */
@Component
class LicenceLedger {

	static final String SUBJECT = "licence";

	private final Ledger ledger;

	private final CurrentUsers currentUsers;

	LicenceLedger(Ledger ledger, CurrentUsers currentUsers) {
		this.ledger = ledger;
		this.currentUsers = currentUsers;
	}

	/** One entry per licence, all in one batched append (imports and the demo issue thousands at once). */
	void issued(List<Long> ids, List<LicenceRepository.Row> rows, Map<Long, LicenceHolder> holders) {
		List<LedgerAct> acts = new ArrayList<>(rows.size());
		String actor = currentUsers.actorName();
		Long department = currentUsers.scope().departmentId();
		for (int i = 0; i < rows.size(); i++) {
			LicenceRepository.Row r = rows.get(i);
			LicenceHolder holder = holders.get(r.holderId());
			Map<String, @Nullable Object> m = new LinkedHashMap<>();
			m.put("kindCode", r.kindCode());
			m.put("number", r.number());
			m.put("holderId", r.holderId());
			m.put("holderName", holder.name());
			m.put("holderRegionCode", holder.regionCode());
			m.put("issueDate", r.issueDate().toString());
			m.put("validFrom", r.validFrom().toString());
			m.put("validTo", r.validTo().toString());
			m.put("approvedBeds", r.approvedBeds());
			m.put("scope", r.scope());
			m.put("status", r.status().name());
			acts.add(new LedgerAct("licence.issued", actor, department, SUBJECT, String.valueOf(ids.get(i)), m, true));
		}
		if (!acts.isEmpty()) {
			ledger.appendAll(acts);
		}
	}

	void statusChanged(LicenceView before, LicenceStatus target, String reason, boolean byExpiry) {
		Map<String, @Nullable Object> body = identity(before);
		body.put("from", before.status().name());
		body.put("to", target.name());
		body.put("reason", reason);
		ledger.append(act(byExpiry ? "licence.expired" : "licence.status-changed", before, body));
	}

	void verified(LicenceView after, String verifiedOn, String result) {
		Map<String, @Nullable Object> body = identity(after);
		body.put("verifiedOn", verifiedOn);
		body.put("result", result);
		body.put("nextVerificationDue", text(after.nextVerificationDue()));
		ledger.append(act("licence.verified", after, body));
	}

	void termsChanged(LicenceView before, LicenceView after, String reason) {
		Map<String, @Nullable Object> body = identity(after);
		body.put("before", terms(before));
		body.put("after", terms(after));
		body.put("reason", reason);
		ledger.append(act("licence.terms-changed", after, body));
	}

	void renewed(LicenceView before, LicenceView after, String reason) {
		Map<String, @Nullable Object> body = identity(after);
		body.put("validToBefore", before.validTo().toString());
		body.put("validTo", after.validTo().toString());
		body.put("statusBefore", before.status().name());
		body.put("status", after.status().name());
		body.put("reason", reason);
		ledger.append(act("licence.renewed", after, body));
	}

	private LedgerAct act(String type, LicenceView l, Map<String, ?> body) {
		return new LedgerAct(type, currentUsers.actorName(), currentUsers.scope().departmentId(), SUBJECT,
				String.valueOf(l.id()), body, true);
	}

	private static Map<String, @Nullable Object> identity(LicenceView l) {
		Map<String, @Nullable Object> m = new LinkedHashMap<>();
		m.put("kindCode", l.kindCode());
		m.put("number", l.number());
		m.put("holderId", l.holderId());
		m.put("holderName", l.holderName());
		m.put("holderRegionCode", l.holderRegionCode());
		return m;
	}

	private static Map<String, @Nullable Object> terms(LicenceView l) {
		Map<String, @Nullable Object> m = new LinkedHashMap<>();
		m.put("approvedBeds", l.approvedBeds());
		m.put("scope", l.scope());
		return m;
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

}
