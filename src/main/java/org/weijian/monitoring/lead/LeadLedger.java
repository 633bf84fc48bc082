package org.weijian.monitoring.lead;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUsers;
import org.weijian.ledger.Ledger;
import org.weijian.ledger.LedgerAct;
import org.weijian.monitoring.ClaimRuleBreached;

/**
 * A confirmed lead, in the caller's transaction: a non-public ledger entry {@value #TYPE} (the institution
 * is named by its code and subject id, no insured person's data; the note only as its SHA-256) and the
 * {@link ClaimRuleBreached} event for credit and enforcement.
 */
@Component
class LeadLedger {

	static final String TYPE = "monitoring.lead-confirmed";

	private final Ledger ledger;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	LeadLedger(Ledger ledger, CurrentUsers currentUsers, ApplicationEventPublisher events) {
		this.ledger = ledger;
		this.currentUsers = currentUsers;
		this.events = events;
	}

	ClaimRuleBreached confirmed(LeadView lead, @Nullable String note) {
		ClaimRuleBreached event = new ClaimRuleBreached(lead.id(), lead.ruleCode(), lead.ruleBaseVersion(), lead.fixmedinsCode(),
				lead.subjectId(), lead.regionCode(), lead.amount(), java.util.Objects.requireNonNull(lead.amountRecovered()), lead.measures(),
				java.util.Objects.requireNonNull(lead.decidedAt()));
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("leadId", lead.id());
		body.put("runId", lead.runId());
		body.put("findingId", lead.findingId());
		body.put("ruleCode", lead.ruleCode());
		body.put("ruleBaseVersion", lead.ruleBaseVersion());
		body.put("fixmedinsCode", lead.fixmedinsCode());
		body.put("subjectId", lead.subjectId() == null ? null : String.valueOf(lead.subjectId()));
		body.put("regionCode", lead.regionCode());
		body.put("amountInvolved", lead.amount());
		body.put("amountRecovered", lead.amountRecovered());
		body.put("measures", lead.measures());
		body.put("appealAnswer", lead.appealAnswer() == null ? null : lead.appealAnswer().name());
		body.put("decidedAt", String.valueOf(lead.decidedAt()));
		body.put("noteSha256", note == null ? null : sha256(note));
		ledger.append(new LedgerAct(TYPE, currentUsers.actorName(), currentUsers.scope().departmentId(), "monitoring-lead",
				String.valueOf(lead.id()), body, false));
		events.publishEvent(event);
		return event;
	}

	private static String sha256(String text) {
		try {
			return "sha256:" + java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
