package org.weijian.agency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.shared.DivisionCode;
import org.weijian.shared.PhoneNumber;
import org.weijian.shared.InvalidValueException;
import org.weijian.shared.crypto.PersonalDataCipher;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * The agency module's API for inspectors (执法人员): their records, suspension and reactivation with a
 * kept history, and who is eligible for an inspection. An inspector is in a caller's scope when their
 * department is; every change is audited.
 */
@Service
public class Inspectors {

	private static final String CERTIFICATE = "[0-9A-Za-z\\p{IsHan}〔〕()（）-]{4,40}";

	private final InspectorStore store;

	private final Departments departments;

	private final AgencyScope scope;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	private final Clock clock;

	private final InspectorAccounts accounts;

	Inspectors(InspectorStore store, Departments departments, AgencyScope scope, PersonalDataCipher cipher, AuditTrail audit,
			Clock clock, InspectorAccounts accounts) {
		this.accounts = accounts;
		this.store = store;
		this.departments = departments;
		this.scope = scope;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public InspectorProfile create(NewInspector request) {
		InspectorStore.Row row = check(request.name(), request.certificateNo(), request.certificateValidFrom(),
				request.certificateValidTo(), request.departmentId(), request.jurisdictionCode(), request.specialties(),
				request.phone(), null);
		if (store.idByCertificate(row.certificateNo()).isPresent()) {
			throw new ConflictException("certificateNo", "error.inspector.duplicate-certificate", row.certificateNo());
		}
		long id = store.insert(row, scope.actor(), clock.instant());
		InspectorProfile created = store.byId(id).orElseThrow();
		audit.record("inspector.created", "inspector", String.valueOf(id), created.departmentRegionCode(), null, created);
		return created;
	}

	@Transactional
	public InspectorProfile change(long id, InspectorChange change) {
		InspectorProfile before = get(id);
		InspectorStore.Row row = check(change.name(), change.certificateNo(), change.certificateValidFrom(),
				change.certificateValidTo(), change.departmentId(), change.jurisdictionCode(), change.specialties(), change.phone(),
				before);
		Optional<Long> holder = store.idByCertificate(row.certificateNo());
		if (holder.isPresent() && holder.get() != id) {
			throw new ConflictException("certificateNo", "error.inspector.duplicate-certificate", row.certificateNo());
		}
		if (!store.update(id, row, change.phone() == null, change.version(), scope.actor(), clock.instant())) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		InspectorProfile after = store.byId(id).orElseThrow();
		audit.record("inspector.changed", "inspector", String.valueOf(id), after.departmentRegionCode(), before, after);
		return after;
	}

	/** Suspends an active inspector (暂停执法), keeping the reason in the history. */
	@Transactional
	public InspectorProfile suspend(long id, @Nullable String reason) {
		return changeStatus(id, InspectorStatus.ACTIVE, InspectorStatus.SUSPENDED, reason, "inspector.suspended");
	}

	/** Reactivates a suspended inspector, keeping the reason in the history. */
	@Transactional
	public InspectorProfile reactivate(long id, @Nullable String reason) {
		return changeStatus(id, InspectorStatus.SUSPENDED, InspectorStatus.ACTIVE, reason, "inspector.reactivated");
	}

	private InspectorProfile changeStatus(long id, InspectorStatus from, InspectorStatus to, @Nullable String reason, String action) {
		InspectorProfile before = get(id);
		Violations v = new Violations();
		v.require("reason", reason);
		v.maxLength("reason", reason, 500);
		v.throwIfAny();
		if (before.status() != from
				|| !store.changeStatus(id, from, to, reason.strip(), scope.actor(), clock.instant())) {
			throw new ConflictException("status", "error.inspector.status-" + to.name().toLowerCase(java.util.Locale.ROOT), id);
		}
		InspectorProfile after = store.byId(id).orElseThrow();
		audit.record(action, "inspector", String.valueOf(id), after.departmentRegionCode(), before,
				new StatusAudit(after, reason.strip()));
		return after;
	}

	private record StatusAudit(InspectorProfile inspector, String reason) {
	}

	/** The inspector, if it exists and their department lies in the caller's scope. */
	public Optional<InspectorProfile> find(long id) {
		return store.byId(id).filter(i -> scope.covers(i.departmentRegionCode(), i.departmentId()));
	}

	public InspectorProfile get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("error.inspector.not-found", id));
	}

	/** The inspector's suspensions and reactivations, newest first. */
	public List<InspectorStatusChange> history(long id) {
		get(id);
		return store.history(id);
	}

	public PageResult<InspectorProfile> page(InspectorFilter filter, PageQuery query) {
		Violations v = new Violations();
		InspectorStatus status = Departments.blank(filter.status()) ? null
				: v.parse("status", filter.status(), s -> parse(InspectorStatus.class, s, "error.inspector.status-unknown"));
		SupervisionDomain specialty = Departments.blank(filter.specialty()) ? null
				: v.parse("specialty", filter.specialty(), SupervisionDomain::parse);
		String pattern = scope.regionPattern();
		String region = Departments.blank(filter.regionCode()) ? null : departments.regionCode(v, "region", filter.regionCode());
		v.throwIfAny();
		if (region != null) {
			if (!scope.coversRegion(region)) {
				return PageResult.of(List.of(), query, 0);
			}
			pattern = DivisionCode.significantPrefix(region) + "%";
		}
		String prefix = Departments.blank(filter.q()) ? null : filter.q().strip();
		InspectorStore.Query q = new InspectorStore.Query(pattern, scope.department(), prefix, filter.departmentId(), status, specialty);
		return PageResult.of(store.page(q, query.size(), query.offset()), query, store.count(q));
	}

	/**
	 * Who may be drawn to inspect an object of {@code subjectCategory} in {@code regionCode} on
	 * {@code onDate}: active inspectors of active departments whose certificate is valid that day, whose
	 * jurisdiction is the region or one above it, and one of whose specialties covers the category. Not
	 * limited by the caller's scope (the draw decides that); ordered by department code, then certificate
	 * number, so a seeded draw is repeatable.
	 */
	public List<InspectorProfile> eligible(String regionCode, String subjectCategory, LocalDate onDate) {
		String region;
		try {
			region = DivisionCode.of(regionCode).value();
		}
		catch (InvalidValueException ex) {
			throw new org.weijian.shared.error.InvalidInputException(org.weijian.shared.error.Violation.of("regionCode", ex));
		}
		Set<SupervisionDomain> domains = EnumSet.noneOf(SupervisionDomain.class);
		Arrays.stream(SupervisionDomain.values()).filter(d -> d.covers(subjectCategory)).forEach(domains::add);
		if (domains.isEmpty()) {
			return List.of();
		}
		return store.eligible(region, domains, onDate);
	}

	/**
	 * The inspector pool of an inspection plan for {@code regionCode} (执法人员库): every inspector, active
	 * or not, whose jurisdiction lies in the region's subtree or is the region or one of the divisions
	 * above it, in id order. Not limited by the caller's scope (the plan's region decides); the caller
	 * keeps each one's status and certificate dates and lets the draw decide eligibility.
	 */
	public List<InspectorProfile> pool(String regionCode) {
		String region;
		try {
			region = DivisionCode.of(regionCode).value();
		}
		catch (InvalidValueException ex) {
			throw new org.weijian.shared.error.InvalidInputException(org.weijian.shared.error.Violation.of("regionCode", ex));
		}
		return store.pool(region, DivisionCode.significantPrefix(region));
	}

	/** Active inspectors of departments of these kinds whose jurisdiction lies in the subtree (for staffing). */
	long countActive(String regionPattern, Set<DepartmentKind> kinds) {
		return store.countActive(regionPattern, kinds);
	}

	/**
	 * Links the inspector to the login account they work under (or clears the link with null), so that
	 * the account sees the inspector's inspection tasks. An account serves one inspector at most (409);
	 * the account need not exist yet (accounts and inspectors are kept by different offices). Audited.
	 */
	@Transactional
	public InspectorProfile linkAccount(long inspectorId, @Nullable String username) {
		InspectorProfile inspector = get(inspectorId);
		String clean = username == null || username.isBlank() ? null : username.strip();
		if (clean != null && !clean.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
			throw org.weijian.shared.error.InvalidInputException.of("username", "error.inspector.account-format");
		}
		String before = accounts.accountOf(inspectorId).orElse(null);
		if (java.util.Objects.equals(before, clean)) {
			return inspector;
		}
		if (clean != null && accounts.inspectorOf(clean).filter(other -> other != inspectorId).isPresent()) {
			throw new ConflictException("username", "error.inspector.account-taken", clean);
		}
		accounts.link(inspectorId, clean, scope.actor(), clock.instant());
		audit.record("inspector.account-linked", "inspector", String.valueOf(inspectorId), inspector.departmentRegionCode(),
				new AccountLink(before), new AccountLink(clean));
		return store.byId(inspectorId).orElseThrow();
	}

	private record AccountLink(@Nullable String username) {
	}

	/** The login account the inspector works under, if linked (scope-checked like {@link #get}). */
	public Optional<String> accountOf(long inspectorId) {
		get(inspectorId);
		return accounts.accountOf(inspectorId);
	}

	/**
	 * The inspector a login account works as, regardless of the caller's scope (the account's own link:
	 * "my tasks" asks with the logged-in user's name).
	 */
	public Optional<InspectorProfile> findByAccount(String username) {
		return accounts.inspectorOf(username).flatMap(store::byId);
	}

	/**
	 * The inspector regardless of the caller's scope, for system work (a draw naming inspectors of a
	 * department above the confirmer's region); never hand it to a user without checking their scope.
	 */
	public Optional<InspectorProfile> findAnywhere(long id) {
		return store.byId(id);
	}

	private InspectorStore.Row check(@Nullable String name, @Nullable String certificateNo, @Nullable String from,
			@Nullable String to, @Nullable Long departmentId, @Nullable String jurisdiction, @Nullable List<String> specialties,
			@Nullable String phone, @Nullable InspectorProfile existing) {
		Violations v = new Violations();
		v.require("name", name);
		v.maxLength("name", name, 50);
		v.require("certificateNo", certificateNo);
		if (certificateNo != null && !certificateNo.isBlank() && !certificateNo.strip().matches(CERTIFICATE)) {
			v.add("certificateNo", "error.inspector.certificate-format");
		}
		LocalDate validFrom = v.parse("certificateValidFrom", from, Inspectors::date);
		LocalDate validTo = v.parse("certificateValidTo", to, Inspectors::date);
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			v.add("certificateValidTo", "error.inspector.valid-to-before-from");
		}
		DepartmentView department = null;
		if (departmentId == null) {
			v.add("departmentId", "error.field.required");
		}
		else {
			department = departments.findAnywhere(departmentId).orElse(null);
			if (department == null) {
				v.add("departmentId", "error.department.not-found", departmentId);
			}
			else if (!scope.covers(department.regionCode(), department.id())) {
				throw new AccessDeniedToScopeException();
			}
		}
		String jurisdictionCode = departments.regionCode(v, "jurisdictionCode", jurisdiction);
		if (department != null && jurisdictionCode != null
				&& !jurisdictionCode.startsWith(DivisionCode.significantPrefix(department.regionCode()))) {
			v.add("jurisdictionCode", "error.inspector.jurisdiction-outside-department", jurisdictionCode, department.regionCode());
		}
		Set<SupervisionDomain> domains = EnumSet.noneOf(SupervisionDomain.class);
		if (specialties == null || specialties.isEmpty()) {
			v.add("specialties", "error.inspector.specialties-required");
		}
		else {
			for (String s : specialties) {
				SupervisionDomain d = v.parse("specialties", s, SupervisionDomain::parse);
				if (d != null) {
					domains.add(d);
				}
			}
		}
		PhoneNumber cleanPhone = phone == null || phone.isBlank() ? null : v.parse("phone", phone, PhoneNumber::of);
		v.throwIfAny();
		if (department != null && department.status() == DepartmentStatus.INACTIVE
				&& (existing == null || existing.departmentId() != department.id())) {
			throw org.weijian.shared.error.InvalidInputException.of("departmentId", "error.inspector.department-inactive");
		}
		return new InspectorStore.Row(name.strip(), certificateNo.strip(), validFrom, validTo, department.id(), jurisdictionCode,
				DivisionCode.significantPrefix(jurisdictionCode), domains, cleanPhone == null ? null : cipher.encrypt(cleanPhone.value()),
				cleanPhone == null ? null : cleanPhone.masked());
	}

	private static LocalDate date(String raw) {
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException("error.field.date");
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String raw, String code) {
		for (E e : type.getEnumConstants()) {
			if (e.name().equalsIgnoreCase(raw.strip())) {
				return e;
			}
		}
		throw new InvalidValueException(code, raw);
	}

}
