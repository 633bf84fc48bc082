package org.weijian.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Users, exchange tokens and the audit trail over REST. */
@RestController
@RequestMapping("/api/v1")
class IdentityApiController {

	record PasswordReset(String password) {
	}

	record ExchangeTokenRequest(String username, String name, @Nullable Integer validDays) {
	}

	private final UserAdministration users;

	private final ApiTokens tokens;

	private final AuditLog auditLog;

	private final CurrentUsers currentUsers;

	IdentityApiController(UserAdministration users, ApiTokens tokens, AuditLog auditLog, CurrentUsers currentUsers) {
		this.users = users;
		this.tokens = tokens;
		this.auditLog = auditLog;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/me")
	CurrentUser me() {
		return currentUsers.require();
	}

	@GetMapping("/users")
	@PreAuthorize("hasAuthority('identity:admin')")
	PageResult<AccountView> users(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return users.page(PageQuery.of(page, size));
	}

	@GetMapping("/users/{id}")
	@PreAuthorize("hasAuthority('identity:admin')")
	AccountView user(@PathVariable long id) {
		return users.get(id);
	}

	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('identity:admin')")
	AccountView create(@RequestBody NewAccount request) {
		return users.create(request);
	}

	@PutMapping("/users/{id}")
	@PreAuthorize("hasAuthority('identity:admin')")
	AccountView change(@PathVariable long id, @RequestBody AccountChange change) {
		return users.change(id, change);
	}

	@PostMapping("/users/{id}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('identity:admin')")
	void resetPassword(@PathVariable long id, @RequestBody PasswordReset reset) {
		users.resetPassword(id, reset.password());
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('identity:admin')")
	Map<String, Object> issueExchangeToken(@RequestBody ExchangeTokenRequest request) {
		AccountView account = users.findByUsername(request.username() == null ? "" : request.username())
			.orElseThrow(() -> new NotFoundException("error.user.not-found", String.valueOf(request.username())));
		users.get(account.id()); // scope check: only accounts the admin can see
		if (!account.roles().equals(Set.of(Role.EXCHANGE_CLIENT))) {
			throw org.weijian.shared.error.InvalidInputException.of("username", "error.token.exchange-only");
		}
		int days = request.validDays() == null ? 365 : request.validDays();
		ApiTokens.Issued issued = tokens.issueExchange(account.id(), request.name(), Duration.ofDays(days),
				currentUsers.actorName());
		return Map.of("access_token", issued.token(), "token_type", "Bearer", "expires_at", issued.expiresAt().toString());
	}

	@GetMapping("/tokens")
	@PreAuthorize("hasAuthority('identity:admin')")
	List<ApiTokens.TokenInfo> exchangeTokens() {
		return tokens.exchangeTokens();
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('identity:admin')")
	void revoke(@PathVariable long id) {
		tokens.revoke(id);
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAuthority('audit:read')")
	PageResult<AuditEntry> audit(@RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return auditLog.page(entityType, entityId, PageQuery.of(page, size));
	}

}
