package org.weijian.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.ledger.Ledger;
import org.weijian.ledger.LedgerAct;

/**
 * Appends the account acts (账号变更) to the supervision ledger in the caller's transaction: who may act
 * where is part of the supervision record. None of them is public (ADR 0026); the bodies carry roles
 * and scope, never a password, a token or a display name.
 */
@Component
class AccountLedger {

	static final String SUBJECT_ACCOUNT = "account";

	static final String SUBJECT_TOKEN = "api-token";

	private final Ledger ledger;

	private final CurrentUsers currentUsers;

	AccountLedger(Ledger ledger, CurrentUsers currentUsers) {
		this.ledger = ledger;
		this.currentUsers = currentUsers;
	}

	void created(AccountView account) {
		append("account.created", SUBJECT_ACCOUNT, account.id(), grants(account));
	}

	/** Records a change of roles, scope or enabled flag; a change of the display name alone is no supervision act. */
	void changed(AccountView before, AccountView after) {
		Map<String, Object> changes = new LinkedHashMap<>();
		Map<String, @Nullable Object> was = grants(before);
		Map<String, @Nullable Object> now = grants(after);
		List<String> changed = new ArrayList<>();
		now.forEach((field, value) -> {
			if (!Objects.equals(was.get(field), value)) {
				changed.add(field);
			}
		});
		changed.remove("username");
		if (changed.isEmpty()) {
			return;
		}
		changes.put("username", after.username());
		changes.put("changed", changed);
		changes.put("before", was);
		changes.put("after", now);
		append("account.changed", SUBJECT_ACCOUNT, after.id(), changes);
	}

	void passwordReset(long accountId, String username) {
		append("account.password-reset", SUBJECT_ACCOUNT, accountId, Map.of("username", username));
	}

	void tokenIssued(long accountId, String tokenName, Instant expiresAt) {
		append("api-token.issued", SUBJECT_ACCOUNT, accountId,
				Map.of("accountId", accountId, "name", tokenName, "expiresAt", expiresAt.toString()));
	}

	void tokenRevoked(long tokenId, long accountId) {
		append("api-token.revoked", SUBJECT_TOKEN, tokenId, Map.of("tokenId", tokenId, "accountId", accountId));
	}

	private static Map<String, @Nullable Object> grants(AccountView a) {
		Map<String, @Nullable Object> m = new LinkedHashMap<>();
		m.put("username", a.username());
		m.put("roles", a.roles().stream().map(Role::name).sorted().toList());
		m.put("regionCode", a.regionCode());
		m.put("departmentId", a.departmentId());
		m.put("institutionId", a.institutionId());
		m.put("enabled", a.enabled());
		return m;
	}

	private void append(String type, String subjectType, long subjectId, Map<String, ?> body) {
		ledger.append(new LedgerAct(type, currentUsers.actorName(), currentUsers.scope().departmentId(), subjectType,
				String.valueOf(subjectId), body, false));
	}

}
