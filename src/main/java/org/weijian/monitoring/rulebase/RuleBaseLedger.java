package org.weijian.monitoring.rulebase;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUsers;
import org.weijian.ledger.Ledger;
import org.weijian.ledger.LedgerAct;
import org.weijian.ledger.LedgerReceipt;

/**
 * Enters each rule-base version in the supervision ledger (监管记录账本) in the caller's transaction. Not a public
 * act (ADR 0042): the thresholds steer which claims are screened, so the content stays internal; the leaf hash is
 * public and the body carries the SHA-256 of the version's canonical text, so the version can be proven later.
 */
@Component
class RuleBaseLedger {

	static final String TYPE = "monitoring.rulebase-published";

	static final String SUBJECT = "monitoring-rulebase";

	private final Ledger ledger;

	private final CurrentUsers currentUsers;

	RuleBaseLedger(Ledger ledger, CurrentUsers currentUsers) {
		this.ledger = ledger;
		this.currentUsers = currentUsers;
	}

	LedgerReceipt published(String version, @Nullable String basedOn, String sha256, int parameterCount, String note) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("version", version);
		body.put("based_on", basedOn);
		body.put("sha256", sha256);
		body.put("parameter_count", parameterCount);
		body.put("note", note);
		return ledger.append(new LedgerAct(TYPE, currentUsers.actorName(), currentUsers.scope().departmentId(), SUBJECT, version, body,
				false));
	}

	static String hex(LedgerReceipt receipt) {
		return HexFormat.of().formatHex(java.util.Base64.getDecoder().decode(receipt.leafHashBase64()));
	}

}
