package org.weijian.monitoring.rulebase;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.weijian.monitoring.engine.RuleParameter;

/**
 * One rule-base version (规则库版本) as stored: its parameters (sorted by rule and name), the version it was derived
 * from, the SHA-256 of its canonical text, who made it and its ledger entry (leaf index and hex leaf hash).
 */
public record RuleBaseView(String version, @Nullable String basedOn, String note, String contentSha256, Instant createdAt,
		String createdBy, @Nullable Long ledgerLeafIndex, @Nullable String ledgerLeafHash, List<RuleParameter> parameters) {

	public int parameterCount() {
		return parameters.size();
	}

}
