package org.weijian.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.shared.DivisionCode;
import org.weijian.shared.InvalidValueException;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * Creates and changes accounts. An administrator may only hand out scopes inside their own; every
 * change is audited.
 */
@Service
public class UserAdministration {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final List<ScopeTargets> targets;

	private final AuditTrail audit;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	private final AccountLedger ledger;

	UserAdministration(Accounts accounts, PasswordEncoder passwords, List<ScopeTargets> targets, AuditTrail audit,
			CurrentUsers currentUsers, Clock clock, AccountLedger ledger) {
		this.ledger = ledger;
		this.accounts = accounts;
		this.passwords = passwords;
		this.targets = targets;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	@Transactional
	public AccountView create(NewAccount request) {
		Violations v = new Violations();
		v.require("username", request.username());
		if (request.username() != null && !request.username().matches("[a-z0-9][a-z0-9._-]{2,63}")) {
			v.add("username", "error.user.username-format");
		}
		v.require("displayName", request.displayName());
		v.maxLength("displayName", request.displayName(), 100);
		DataScope scope = scope(v, request.roles(), request.regionCode(), request.departmentId(), request.institutionId());
		v.throwIfAny();
		PasswordPolicy.check("password", request.password());
		if (accounts.exists(request.username())) {
			throw new ConflictException("username", "error.user.duplicate", request.username());
		}
		String actor = currentUsers.actorName();
		long id = accounts.insert(request.username(), request.displayName().strip(), passwords.encode(request.password()),
				Set.copyOf(request.roles()), scope, actor, clock.instant());
		AccountView view = find(id).orElseThrow();
		audit.record("user.created", "user", String.valueOf(id), scope.regionCode(), null, view);
		ledger.created(view);
		return view;
	}

	@Transactional
	public AccountView change(long id, AccountChange change) {
		Account before = visible(id);
		Violations v = new Violations();
		v.require("displayName", change.displayName());
		v.maxLength("displayName", change.displayName(), 100);
		DataScope scope = scope(v, change.roles(), change.regionCode(), change.departmentId(), change.institutionId());
		v.throwIfAny();
		Account after = new Account(id, before.username(), change.displayName().strip(), before.passwordHash(),
				Set.copyOf(change.roles()), scope, change.enabled(), before.failedAttempts(), before.lockedUntil(),
				change.version());
		if (!accounts.update(after, currentUsers.actorName(), clock.instant())) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		AccountView view = find(id).orElseThrow();
		audit.record("user.changed", "user", String.valueOf(id), scope.regionCode(), before.view(), view);
		ledger.changed(before.view(), view);
		return view;
	}

	@Transactional
	public void resetPassword(long id, String newPassword) {
		Account account = visible(id);
		PasswordPolicy.check("password", newPassword);
		accounts.changePassword(id, passwords.encode(newPassword), currentUsers.actorName(), clock.instant());
		audit.record("user.password-reset", "user", String.valueOf(id), account.scope().regionCode(), null, null);
		ledger.passwordReset(id, account.username());
	}

	public Optional<AccountView> find(long id) {
		return accounts.byId(id).map(Account::view);
	}

	public Optional<AccountView> findByUsername(String username) {
		return accounts.byUsername(username).map(Account::view);
	}

	/** Accounts whose scope lies inside the caller's region. */
	public PageResult<AccountView> page(PageQuery query) {
		String pattern = currentUsers.scope().unrestrictedRegion() ? "%" : currentUsers.scope().regionPattern();
		return PageResult.of(accounts.page(pattern, query.size(), query.offset()).stream().map(Account::view).toList(), query,
				accounts.count(pattern));
	}

	public AccountView get(long id) {
		return visible(id).view();
	}

	public int version(long id) {
		return visible(id).version();
	}

	private Account visible(long id) {
		Account a = accounts.byId(id).orElseThrow(() -> new NotFoundException("error.user.not-found", id));
		DataScope mine = currentUsers.scope();
		if (!mine.unrestrictedRegion() && !mine.coversRegion(a.scope().regionCode())) {
			throw new NotFoundException("error.user.not-found", id);
		}
		return a;
	}

	private DataScope scope(Violations v, @Nullable Set<Role> roles, @Nullable String regionCode, @Nullable Long departmentId,
			@Nullable Long institutionId) {
		if (roles == null || roles.isEmpty()) {
			v.add("roles", "error.user.roles-required");
			return DataScope.EVERYTHING;
		}
		String region = null;
		String prefix = "";
		if (regionCode != null && !regionCode.isBlank()) {
			try {
				region = DivisionCode.of(regionCode).value();
				prefix = DivisionCode.significantPrefix(region);
				String r = region;
				if (targets.stream().map(t -> t.regionName(r)).flatMap(Optional::stream).findFirst().isEmpty()) {
					v.add("regionCode", "error.division.unknown", region);
				}
			}
			catch (InvalidValueException ex) {
				v.add(org.weijian.shared.error.Violation.of("regionCode", ex));
			}
		}
		DataScope mine = currentUsers.scope();
		if (!mine.unrestrictedRegion() && (region == null || !mine.coversRegion(region))) {
			throw new AccessDeniedToScopeException();
		}
		if (departmentId != null) {
			Optional<String> deptRegion = targets.stream().map(t -> t.departmentRegion(departmentId)).flatMap(Optional::stream).findFirst();
			if (deptRegion.isEmpty()) {
				v.add("departmentId", "error.department.not-found", departmentId);
			}
			else if (!deptRegion.get().startsWith(prefix)) {
				v.add("departmentId", "error.user.department-outside-region");
			}
		}
		if (roles.contains(Role.INSTITUTION_USER) && institutionId == null) {
			v.add("institutionId", "error.user.institution-required");
		}
		if (institutionId != null) {
			Optional<String> instRegion = targets.stream().map(t -> t.institutionRegion(institutionId)).flatMap(Optional::stream).findFirst();
			if (instRegion.isEmpty()) {
				v.add("institutionId", "error.institution.not-found", institutionId);
			}
			else if (!instRegion.get().startsWith(prefix)) {
				v.add("institutionId", "error.user.institution-outside-region");
			}
		}
		if (region == null && (departmentId != null || institutionId != null)) {
			v.add("regionCode", "error.field.required");
		}
		return region == null ? DataScope.EVERYTHING : new DataScope(region, prefix, departmentId, institutionId);
	}

}
