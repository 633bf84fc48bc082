package org.weijian.inspection.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUser;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.identity.Permission;
import org.weijian.region.Regions;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * 抽查计划 — random inspection plans: drafting, approval by a department leader, versions, withdrawal,
 * and the hand-over to announcement and draw. Every read is held to the caller's data scope (404
 * outside it, 403 for a write); every change is audited in its transaction.
 *
 * <p>Lifecycle (ADR 0031): a DRAFT is edited in place (optimistic {@code rowVersion}); editing an
 * APPROVED version adds version n+1 as DRAFT of the same series and marks the approved one SUPERSEDED
 * (kept and linked); ANNOUNCED and DRAWN versions are frozen (409).
 */
@Service
public class Plans {

	static final String ENTITY = "inspection-plan";

	private final PlanStore store;

	private final PlanChecker checker;

	private final CurrentUsers currentUsers;

	private final Regions regions;

	private final AuditTrail audit;

	private final Clock clock;

	Plans(PlanStore store, PlanChecker checker, CurrentUsers currentUsers, Regions regions, AuditTrail audit, Clock clock) {
		this.store = store;
		this.checker = checker;
		this.currentUsers = currentUsers;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	/** The plan version if it lies in the caller's scope; 404 ({@link NotFoundException}) otherwise. */
	public PlanView get(long planId) {
		return visible(planId).view();
	}

	/** The plan version whatever the caller's scope: for the draw and for demo loading, never for a user's eyes. */
	public Optional<PlanView> findForSystem(long planId) {
		return store.byId(planId).map(PlanRow::view);
	}

	/** Plans in the caller's scope, newest first; without a status filter SUPERSEDED versions are left out. */
	public PageResult<PlanView> page(@Nullable String status, @Nullable String year, PageQuery query) {
		Violations v = new Violations();
		PlanStatus s = PlanChecker.blank(status) ? null : v.parse("status", status, raw -> PlanChecker.parse(PlanStatus.class, raw));
		Integer y = PlanChecker.blank(year) ? null : v.parse("year", year, raw -> {
			try {
				return Integer.valueOf(raw.strip());
			}
			catch (NumberFormatException ex) {
				throw new org.weijian.shared.InvalidValueException("error.field.number");
			}
		});
		v.throwIfAny();
		DataScope scope = currentUsers.scope();
		PlanStore.Filter filter = new PlanStore.Filter(scope.regionPattern(), scope.departmentId(), s, y);
		return PageResult.of(store.page(filter, query.size(), query.offset()).stream().map(PlanRow::view).toList(), query,
				store.count(filter));
	}

	/** Every version of the plan's series, oldest first. */
	public List<PlanVersion> versions(long planId) {
		PlanRow row = visible(planId);
		return store.versions(row.view().seriesNo()).stream().map(PlanVersion::of).toList();
	}

	/** Creates version 1 of a new plan as DRAFT. */
	@Transactional
	public PlanView create(PlanDraft draft) {
		CheckedPlan p = checker.check(draft);
		String series = store.nextSeriesNo(p.year());
		long id = store.insert(series, 1, null, p, currentUsers.actorName(), clock.instant());
		PlanView created = reload(id);
		audit.record("plan.created", ENTITY, String.valueOf(id), created.regionCode(), null, created);
		return created;
	}

	/**
	 * Saves an edit. A DRAFT changes in place; an APPROVED version stays as it was, is marked SUPERSEDED,
	 * and the edit becomes the series' next version (DRAFT, to be approved again) — the answer is that new
	 * version. ANNOUNCED and DRAWN plans are frozen (409); SUPERSEDED and WITHDRAWN ones are closed (409).
	 */
	@Transactional
	public PlanView update(long planId, PlanDraft draft) {
		PlanRow row = writable(planId);
		PlanView before = row.view();
		requireEditable(before);
		if (draft.rowVersion() == null) {
			Violations v = new Violations();
			v.add("rowVersion", "error.field.required");
			v.throwIfAny();
		}
		CheckedPlan p = checker.check(draft);
		String actor = currentUsers.actorName();
		if (before.status() == PlanStatus.DRAFT) {
			if (!store.update(planId, draft.rowVersion(), p, actor, clock.instant())) {
				throw new ConflictException("rowVersion", "error.concurrent-change");
			}
			PlanView after = reload(planId);
			audit.record("plan.changed", ENTITY, String.valueOf(planId), after.regionCode(), before, after);
			return after;
		}
		if (!store.transition(planId, PlanStatus.APPROVED, PlanStatus.SUPERSEDED, draft.rowVersion(), actor, clock.instant())) {
			throw new ConflictException("rowVersion", "error.concurrent-change");
		}
		long id = store.insert(before.seriesNo(), before.version() + 1, planId, p, actor, clock.instant());
		PlanView superseded = reload(planId);
		PlanView next = reload(id);
		audit.record("plan.superseded", ENTITY, String.valueOf(planId), before.regionCode(), before, superseded);
		audit.record("plan.versioned", ENTITY, String.valueOf(id), next.regionCode(), before, next);
		return next;
	}

	/**
	 * Approves a DRAFT (needs {@code inspection:approve}). Refused (409) while any declared entropy source's
	 * date is not in the future (Asia/Shanghai): its values could already be known. The approver may be the
	 * draft's author — that is normal for a leader — but it is recorded ({@link PlanVersion#selfApproved()}).
	 */
	@Transactional
	public PlanView approve(long planId, @Nullable Integer rowVersion) {
		PlanRow row = writable(planId);
		requirePermission(Permission.INSPECTION_APPROVE);
		PlanView before = row.view();
		if (before.status() != PlanStatus.DRAFT) {
			throw new ConflictException("status", "error.inspection.plan.not-draft", before.status().name());
		}
		LocalDate today = checker.today();
		for (EntropySourceSpec s : before.sources()) {
			if (!s.availableOn().isAfter(today)) {
				throw new ConflictException("sources[" + s.position() + "].availableOn", "error.inspection.plan.source-known",
						s.name(), s.availableOn().toString());
			}
		}
		String actor = currentUsers.actorName();
		// system work (demo loading) is no person: only a user approving their own draft counts
		boolean self = currentUsers.find().isPresent() && (actor.equals(row.createdBy()) || actor.equals(row.updatedBy()));
		if (!store.approve(planId, rowVersion, self, actor, clock.instant())) {
			throw new ConflictException("rowVersion", "error.concurrent-change");
		}
		PlanView after = reload(planId);
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("plan", after);
		record.put("selfApproved", self);
		audit.record("plan.approved", ENTITY, String.valueOf(planId), after.regionCode(), before, record);
		return after;
	}

	/**
	 * Withdraws a plan that was never announced, with a reason. A DRAFT may be withdrawn by whoever may
	 * draft; an APPROVED plan only by someone who may approve.
	 */
	@Transactional
	public PlanView withdraw(long planId, @Nullable String reason, @Nullable Integer rowVersion) {
		PlanRow row = writable(planId);
		PlanView before = row.view();
		Violations v = new Violations();
		String text = v.text("reason", reason, 500, true);
		v.throwIfAny();
		switch (before.status()) {
			case DRAFT -> requirePermission(Permission.INSPECTION_PLAN);
			case APPROVED -> requirePermission(Permission.INSPECTION_APPROVE);
			case ANNOUNCED, DRAWN -> throw new ConflictException("status", "error.inspection.plan.frozen", before.status().name());
			default -> throw new ConflictException("status", "error.inspection.plan.closed", before.status().name());
		}
		if (!store.withdraw(planId, before.status(), rowVersion, text, currentUsers.actorName(), clock.instant())) {
			throw new ConflictException("rowVersion", "error.concurrent-change");
		}
		PlanView after = reload(planId);
		audit.record("plan.withdrawn", ENTITY, String.valueOf(planId), after.regionCode(), before, Map.of("plan", after, "reason", text));
		return after;
	}

	/** APPROVED → ANNOUNCED, when the pools are frozen and the announcement published (inside that transaction). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void markAnnounced(long planId) {
		move(planId, PlanStatus.APPROVED, PlanStatus.ANNOUNCED, "plan.announced");
	}

	/** ANNOUNCED → DRAWN, inside the draw's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void markDrawn(long planId) {
		move(planId, PlanStatus.ANNOUNCED, PlanStatus.DRAWN, "plan.drawn");
	}

	private void move(long planId, PlanStatus from, PlanStatus to, String action) {
		PlanView before = store.byId(planId).orElseThrow(() -> new NotFoundException("error.inspection.plan.not-found", planId)).view();
		if (before.status() != from || !store.transition(planId, from, to, null, currentUsers.actorName(), clock.instant())) {
			throw new ConflictException("status", "error.inspection.plan.wrong-status", before.status().name(), from.name());
		}
		PlanView after = reload(planId);
		audit.record(action, ENTITY, String.valueOf(planId), after.regionCode(), before, after);
	}

	/**
	 * The {@code "plan"} object of the published draw record: snake_case keys, only JSON-ready values
	 * (String, Integer, List, Map, null), ratios as decimal strings such as {@code "0.05"}.
	 */
	public Map<String, Object> summary(PlanView plan) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", String.valueOf(plan.id()));
		m.put("series_no", plan.seriesNo());
		m.put("version", plan.version());
		m.put("year", plan.year());
		m.put("title", plan.title());
		m.put("level", plan.level().name());
		m.put("document_no", plan.documentNo());
		m.put("department", plan.departmentName());
		m.put("region_code", plan.regionCode());
		m.put("region_name", regions.find(plan.regionCode()).map(r -> regions.fullName(r.code())).orElse(plan.regionCode()));
		m.put("categories", List.copyOf(plan.categories()));
		m.put("ratio_mode", plan.ratioMode().name());
		Map<String, Object> ratios = new LinkedHashMap<>();
		plan.ratios().forEach((tier, r) -> ratios.put(tier, plain(r)));
		m.put("ratios", ratios);
		m.put("inspectors_per_task", plan.inspectorsPerTask());
		List<Object> departments = new ArrayList<>();
		for (JointDepartment d : plan.departments()) {
			Map<String, Object> dept = new LinkedHashMap<>();
			dept.put("code", d.departmentCode());
			dept.put("name", d.departmentName());
			dept.put("inspectors", d.inspectors());
			departments.add(dept);
		}
		m.put("departments", departments);
		m.put("cap_per_inspector", plan.capPerInspector());
		m.put("window_start", plan.windowStart().toString());
		m.put("deadline", plan.deadline().toString());
		m.put("publication_working_days", plan.publicationWorkingDays());
		m.put("approved_at", plan.approvedAt() == null ? null : plan.approvedAt().toString());
		return m;
	}

	/** A ratio as the record writes it: plain decimal, no trailing zeros ({@code 0.05}, {@code 1}). */
	static String plain(BigDecimal ratio) {
		BigDecimal r = ratio.stripTrailingZeros();
		return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
	}

	private PlanRow visible(long planId) {
		return store.byId(planId)
			.filter(r -> covers(currentUsers.scope(), r.view()))
			.orElseThrow(() -> new NotFoundException("error.inspection.plan.not-found", planId));
	}

	/** The plan for a change: 404 when it does not exist, 403 when it lies outside the caller's scope. */
	private PlanRow writable(long planId) {
		PlanRow row = store.byId(planId).orElseThrow(() -> new NotFoundException("error.inspection.plan.not-found", planId));
		if (!covers(currentUsers.scope(), row.view())) {
			throw new AccessDeniedToScopeException();
		}
		return row;
	}

	static boolean covers(DataScope scope, PlanView plan) {
		if (!scope.coversRegion(plan.regionCode())) {
			return false;
		}
		Long dept = scope.departmentId();
		return dept == null || dept == plan.departmentId() || plan.departments().stream().anyMatch(d -> d.departmentId() == dept);
	}

	private static void requireEditable(PlanView plan) {
		switch (plan.status()) {
			case DRAFT, APPROVED -> {
			}
			case ANNOUNCED, DRAWN -> throw new ConflictException("status", "error.inspection.plan.frozen", plan.status().name());
			default -> throw new ConflictException("status", "error.inspection.plan.closed", plan.status().name());
		}
	}

	private void requirePermission(Permission permission) {
		Optional<CurrentUser> user = currentUsers.find();
		if (user.isPresent() && !user.get().has(permission)) {
			throw new AccessDeniedException(permission.authority());
		}
	}

	private PlanView reload(long id) {
		return store.byId(id).orElseThrow().view();
	}

}
