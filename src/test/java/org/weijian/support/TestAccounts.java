package org.weijian.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.weijian.identity.AccountView;
import org.weijian.identity.NewAccount;
import org.weijian.identity.Role;
import org.weijian.identity.UserAdministration;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Creates uniquely named accounts for tests (tests never assume an empty database) and trades them for
 * API tokens the way a script would.
 */
public final class TestAccounts {

	public static final String PASSWORD = "Test@2026pw";

	private static final AtomicInteger SEQ = new AtomicInteger();

	private final UserAdministration users;

	private final MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	public TestAccounts(UserAdministration users, MockMvc mvc) {
		this.users = users;
		this.mvc = mvc;
	}

	public AccountView create(Role role, @Nullable String regionCode) {
		return create(role, regionCode, null, null);
	}

	public AccountView create(Role role, @Nullable String regionCode, @Nullable Long departmentId, @Nullable Long institutionId) {
		String name = "t" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
		return users.create(new NewAccount(name, "Test " + role, PASSWORD, Set.of(role), regionCode, departmentId, institutionId));
	}

	/** A bearer header for the account, obtained through {@code POST /api/v1/auth/token}. */
	public String bearer(AccountView account) throws Exception {
		String body = json.writeValueAsString(Map.of("username", account.username(), "password", PASSWORD));
		String response = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return "Bearer " + json.readTree(response).get("access_token").asString();
	}

}
