package org.weijian.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.shared.error.ConflictException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Account and token acts append exactly one non-public ledger entry each, with no secret in it. */
@SpringBootTest
class AccountLedgerIT {

	private static final String PASSWORD = "Ledger@2026pw";

	@Autowired
	UserAdministration users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void accountActsAreRecordedWithoutSecrets() {
		String name = "ledger-" + UUID.randomUUID().toString().substring(0, 8);
		AccountView account = users.create(new NewAccount(name, "账本 测试", PASSWORD, Set.of(Role.INSPECTOR), "211102", null, null));
		assertThat(entries("account", account.id())).containsExactly("account.created:false");
		JsonNode created = last("account", account.id());
		assertThat(created.path("body").path("roles").toString()).isEqualTo("[\"INSPECTOR\"]");
		assertThat(created.path("body").path("regionCode").asString()).isEqualTo("211102");
		assertThat(created.toString()).doesNotContain(PASSWORD, "账本 测试");

		// display name only: no supervision act
		users.change(account.id(), new AccountChange("新名字", Set.of(Role.INSPECTOR), "211102", null, null, true,
				users.version(account.id())));
		assertThat(entries("account", account.id())).hasSize(1);

		users.change(account.id(), new AccountChange("新名字", Set.of(Role.INSPECTOR, Role.LEGAL_REVIEWER), "211102", null, null,
				false, users.version(account.id())));
		assertThat(entries("account", account.id())).containsExactly("account.created:false", "account.changed:false");
		JsonNode changed = last("account", account.id()).path("body");
		assertThat(changed.path("changed").toString()).isEqualTo("[\"roles\",\"enabled\"]");
		assertThat(changed.path("after").path("enabled").asBoolean()).isFalse();

		String newPassword = "Changed@2026pw";
		users.resetPassword(account.id(), newPassword);
		assertThat(entries("account", account.id())).last().isEqualTo("account.password-reset:false");
		assertThat(last("account", account.id()).toString()).doesNotContain(newPassword, "$2");

		ApiTokens.Issued issued = tokens.issueExchange(account.id(), "交换接口", Duration.ofDays(30), "system");
		assertThat(entries("account", account.id())).last().isEqualTo("api-token.issued:false");
		assertThat(last("account", account.id()).toString()).doesNotContain(issued.token(), ApiTokens.digest(issued.token()));

		long tokenId = jdbc.sql("select id from api_token where token_hash = ?").param(ApiTokens.digest(issued.token()))
			.query(Long.class)
			.single();
		tokens.revoke(tokenId);
		assertThat(entries("api-token", tokenId)).containsExactly("api-token.revoked:false");
		assertThat(last("api-token", tokenId).path("body").path("accountId").asLong()).isEqualTo(account.id());
		assertThatThrownBy(() -> tokens.revoke(tokenId)).isInstanceOf(org.weijian.shared.error.NotFoundException.class);
		assertThat(entries("api-token", tokenId)).hasSize(1);
	}

	@Test
	void refusedOrRolledBackActsAppendNothing() {
		String name = "ledger-" + UUID.randomUUID().toString().substring(0, 8);
		users.create(new NewAccount(name, "重复", PASSWORD, Set.of(Role.INSPECTOR), "211102", null, null));
		long before = size();
		assertThatThrownBy(() -> users.create(new NewAccount(name, "重复", PASSWORD, Set.of(Role.INSPECTOR), "211102", null, null)))
			.isInstanceOf(ConflictException.class);
		assertThat(size()).isEqualTo(before);

		String other = "ledger-" + UUID.randomUUID().toString().substring(0, 8);
		tx.executeWithoutResult(status -> {
			users.create(new NewAccount(other, "回滚", PASSWORD, Set.of(Role.INSPECTOR), "211102", null, null));
			status.setRollbackOnly();
		});
		assertThat(size()).isEqualTo(before);
		assertThat(users.findByUsername(other)).isEmpty();
	}

	private long size() {
		return jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
	}

	private List<String> entries(String subjectType, long id) {
		return jdbc.sql("select entry_type || ':' || public_act from ledger_entry where subject_type = ? and subject_id = ? "
				+ "order by leaf_index")
			.params(subjectType, String.valueOf(id))
			.query(String.class)
			.list();
	}

	private JsonNode last(String subjectType, long id) {
		byte[] input = jdbc.sql("select leaf_input from ledger_entry where subject_type = ? and subject_id = ? "
				+ "order by leaf_index desc limit 1")
			.params(subjectType, String.valueOf(id))
			.query(byte[].class)
			.single();
		return json.readTree(new String(input, StandardCharsets.UTF_8));
	}

}
