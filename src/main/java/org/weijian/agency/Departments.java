package org.weijian.agency;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.region.Regions;
import org.weijian.shared.DivisionCode;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * The agency module's API for departments (部门) and their responsibility lists (权责清单). Every read is
 * held to the caller's data scope (region subtree and, if set, department); every change is audited.
 */
@Service
public class Departments {

	private static final String CODE_FORMAT = "[A-Za-z0-9][A-Za-z0-9_-]{2,59}";

	private final DepartmentStore store;

	private final DefaultDuties defaults;

	private final Regions regions;

	private final AgencyScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	Departments(DepartmentStore store, DefaultDuties defaults, Regions regions, AgencyScope scope, AuditTrail audit, Clock clock) {
		this.store = store;
		this.defaults = defaults;
		this.regions = regions;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a department in a region inside the caller's scope, with its kind's default duty list. */
	@Transactional
	public DepartmentView create(NewDepartment request) {
		Violations v = new Violations();
		v.require("name", request.name());
		v.maxLength("name", request.name(), 100);
		DepartmentKind kind = v.parse("kind", request.kind(), DepartmentKind::parse);
		String region = regionCode(v, "regionCode", request.regionCode());
		String code = blank(request.code()) ? (region == null || kind == null ? null : region + "-" + kind.name())
				: request.code().strip();
		if (code != null && !code.matches(CODE_FORMAT)) {
			v.add("code", "error.department.code-format");
		}
		v.throwIfAny();
		if (!scope.coversRegion(region) || scope.department() != null) {
			throw new AccessDeniedToScopeException();
		}
		if (store.codeExists(code)) {
			throw new ConflictException("code", "error.department.duplicate-code", code);
		}
		String actor = scope.actor();
		long id = store.insert(code, request.name().strip(), kind, region, actor, clock.instant());
		for (DefaultDuties.Entry e : defaults.of(kind)) {
			store.insertDuty(id, e.domain(), e.text(), e.legalBasis(), actor, clock.instant());
		}
		DepartmentView created = store.byId(id).orElseThrow();
		audit.record("department.created", "department", String.valueOf(id), region, null, created);
		return created;
	}

	@Transactional
	public DepartmentView change(long id, DepartmentChange change) {
		DepartmentView before = get(id);
		Violations v = new Violations();
		v.require("name", change.name());
		v.maxLength("name", change.name(), 100);
		DepartmentStatus status = v.parse("status", change.status(), s -> parseStatus(s));
		v.throwIfAny();
		if (!store.update(id, change.name().strip(), status, change.version(), scope.actor(), clock.instant())) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		DepartmentView after = store.byId(id).orElseThrow();
		audit.record("department.changed", "department", String.valueOf(id), before.regionCode(), before, after);
		return after;
	}

	/** The department, if it exists and lies in the caller's scope. */
	public Optional<DepartmentView> find(long id) {
		return store.byId(id).filter(d -> scope.covers(d.regionCode(), d.id()));
	}

	/** The department whatever the caller's scope, for checks that answer 403 rather than 404. */
	Optional<DepartmentView> findAnywhere(long id) {
		return store.byId(id);
	}

	/** The department; 404 when absent or outside the caller's scope. */
	public DepartmentView get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("error.department.not-found", id));
	}

	/** The departments of exactly this region (not its subdivisions) visible to the caller, by code. */
	public List<DepartmentView> byRegion(String regionCode) {
		return store.page(regionCode, null, scope.department(), 1000, 0)
			.stream()
			.filter(d -> scope.covers(d.regionCode(), d.id()))
			.toList();
	}

	/** Departments in the caller's scope, narrowed by the filter's region subtree and kind, by code. */
	public PageResult<DepartmentView> page(DepartmentFilter filter, PageQuery query) {
		Violations v = new Violations();
		DepartmentKind kind = blank(filter.kind()) ? null : v.parse("kind", filter.kind(), DepartmentKind::parse);
		String pattern = scope.regionPattern();
		if (!blank(filter.regionCode())) {
			String region = regionCode(v, "region", filter.regionCode());
			v.throwIfAny();
			if (!scope.coversRegion(region)) {
				return PageResult.of(List.of(), query, 0);
			}
			pattern = DivisionCode.significantPrefix(region) + "%";
		}
		v.throwIfAny();
		Long only = scope.department();
		return PageResult.of(store.page(pattern, kind, only, query.size(), query.offset()), query, store.count(pattern, kind, only));
	}

	/** The department's responsibility list (权责清单). */
	public List<DutyItem> duties(long departmentId) {
		get(departmentId);
		return store.duties(departmentId);
	}

	@Transactional
	public DutyItem addDuty(long departmentId, DutyDraft draft) {
		DepartmentView d = get(departmentId);
		Checked c = check(draft);
		long id = store.insertDuty(departmentId, c.domain, c.text, c.legalBasis, scope.actor(), clock.instant());
		DutyItem created = store.duty(departmentId, id).orElseThrow();
		audit.record("department.duty-added", "department", String.valueOf(departmentId), d.regionCode(), null, created);
		return created;
	}

	@Transactional
	public DutyItem changeDuty(long departmentId, long dutyId, DutyDraft draft) {
		DepartmentView d = get(departmentId);
		DutyItem before = duty(departmentId, dutyId);
		Checked c = check(draft);
		int version = draft.version() == null ? before.version() : draft.version();
		if (!store.updateDuty(dutyId, c.domain, c.text, c.legalBasis, version, scope.actor(), clock.instant())) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		DutyItem after = store.duty(departmentId, dutyId).orElseThrow();
		audit.record("department.duty-changed", "department", String.valueOf(departmentId), d.regionCode(), before, after);
		return after;
	}

	@Transactional
	public void removeDuty(long departmentId, long dutyId) {
		DepartmentView d = get(departmentId);
		DutyItem before = duty(departmentId, dutyId);
		store.deleteDuty(dutyId);
		audit.record("department.duty-removed", "department", String.valueOf(departmentId), d.regionCode(), before, null);
	}

	private DutyItem duty(long departmentId, long dutyId) {
		return store.duty(departmentId, dutyId).orElseThrow(() -> new NotFoundException("error.duty.not-found", dutyId));
	}

	private record Checked(SupervisionDomain domain, String text, @Nullable String legalBasis) {
	}

	private static Checked check(DutyDraft draft) {
		Violations v = new Violations();
		SupervisionDomain domain = v.parse("domain", draft.domain(), SupervisionDomain::parse);
		v.require("text", draft.text());
		v.maxLength("text", draft.text(), 1000);
		v.maxLength("legalBasis", draft.legalBasis(), 500);
		v.throwIfAny();
		return new Checked(domain, draft.text().strip(), blank(draft.legalBasis()) ? null : draft.legalBasis().strip());
	}

	/** Checks a division code's form and existence; records a violation against {@code field}. */
	@Nullable String regionCode(Violations v, String field, @Nullable String raw) {
		String code = v.parse(field, raw, r -> DivisionCode.of(r).value());
		if (code != null && !regions.exists(code)) {
			v.add(field, "error.division.unknown", code);
			return null;
		}
		return code;
	}

	private static DepartmentStatus parseStatus(String raw) {
		for (DepartmentStatus s : DepartmentStatus.values()) {
			if (s.name().equalsIgnoreCase(raw.strip())) {
				return s;
			}
		}
		throw new org.weijian.shared.InvalidValueException("error.department.status-unknown", raw);
	}

	static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

}
