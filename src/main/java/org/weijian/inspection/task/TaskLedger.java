package org.weijian.inspection.task;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUsers;
import org.weijian.ledger.Ledger;
import org.weijian.ledger.LedgerAct;

/**
 * Appends a task's result acts to the supervision ledger in the caller's transaction (ADR 0037): the
 * recorded result is not public (the summary, free text that may name people, enters only as its
 * SHA-256); the published result is public and names the plan, the draw, the subject (an institution,
 * with its credit code) and the outcome — no natural person's data.
 */
@Component
class TaskLedger {

	static final String SUBJECT = "inspection-task";

	private final Ledger ledger;

	private final CurrentUsers currentUsers;

	TaskLedger(Ledger ledger, CurrentUsers currentUsers) {
		this.ledger = ledger;
		this.currentUsers = currentUsers;
	}

	void recorded(TaskView t, long departmentId) {
		Map<String, @Nullable Object> body = identity(t);
		body.put("outcome", t.outcome() == null ? null : t.outcome().name());
		body.put("summarySha256", t.summary() == null ? null : sha256(t.summary()));
		body.put("inspectorId", t.completedByInspectorId());
		body.put("inspectorIds", t.inspectors().stream().map(i -> String.valueOf(i.inspectorId())).toList());
		body.put("completedOn", text(t.completedOn()));
		body.put("publicationDue", text(t.publicationDue()));
		ledger.append(new LedgerAct("inspection.result-recorded", currentUsers.actorName(), departmentId, SUBJECT,
				String.valueOf(t.id()), body, false));
	}

	void published(TaskView t, long departmentId, @Nullable String uscc) {
		Map<String, @Nullable Object> body = identity(t);
		body.put("subjectName", t.subjectName());
		body.put("uscc", uscc);
		body.put("regionCode", t.regionCode());
		body.put("categoryCode", t.categoryCode());
		body.put("outcome", t.outcome() == null ? null : t.outcome().name());
		body.put("completedOn", text(t.completedOn()));
		body.put("publicationDue", text(t.publicationDue()));
		body.put("publishedAt", text(t.publishedAt()));
		ledger.append(new LedgerAct("inspection.result-published", currentUsers.actorName(), departmentId, SUBJECT,
				String.valueOf(t.id()), body, true));
	}

	private static Map<String, @Nullable Object> identity(TaskView t) {
		Map<String, @Nullable Object> m = new LinkedHashMap<>();
		m.put("planId", t.planId());
		m.put("planTitle", t.planTitle());
		m.put("drawId", t.drawId());
		m.put("taskIndex", t.taskIndex());
		m.put("subjectId", String.valueOf(t.subjectId()));
		return m;
	}

	private static String sha256(String text) {
		try {
			return "sha256:" + HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

}
