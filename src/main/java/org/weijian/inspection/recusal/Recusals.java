package org.weijian.inspection.recusal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.Inspectors;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.registry.SubjectSummary;
import org.weijian.registry.Subjects;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * 回避 — declared conflicts between inspectors and subjects (a relative works there, a former employer): an
 * active pair keeps the inspector from being drawn for the subject. Declared and withdrawn by planners
 * ({@code inspection:plan}) for subjects in their scope; a withdrawal keeps the declaration, marked withdrawn.
 * Every change is audited.
 */
@Service
public class Recusals {

	static final int REASON_MAX = 500;

	private final RecusalStore store;

	private final Subjects subjects;

	private final Inspectors inspectors;

	private final CurrentUsers currentUsers;

	private final AuditTrail audit;

	private final Clock clock;

	Recusals(RecusalStore store, Subjects subjects, Inspectors inspectors, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
		this.store = store;
		this.subjects = subjects;
		this.inspectors = inspectors;
		this.currentUsers = currentUsers;
		this.audit = audit;
		this.clock = clock;
	}

	/** The active pairs of these inspectors, with one query (system read for the pool snapshot; no scope check). */
	public Set<RecusalPair> activePairs(Collection<Long> inspectorIds) {
		return store.activePairs(inspectorIds);
	}

	/**
	 * Declares that the inspector must not inspect the subject. The subject must be in the caller's scope (404 if
	 * unknown, 403 outside), the inspector visible to the caller (404 otherwise); an active duplicate is 409.
	 */
	@Transactional
	public RecusalView declare(long inspectorId, long subjectId, @Nullable String reason) {
		Violations v = new Violations();
		String why = v.text("reason", reason, REASON_MAX, true);
		v.throwIfAny();
		SubjectSummary subject = subjects.find(subjectId).orElseThrow(() -> new NotFoundException("error.subject.not-found", subjectId));
		requireInScope(subject.regionCode());
		InspectorProfile inspector = inspectors.find(inspectorId)
			.orElseThrow(() -> new NotFoundException("error.inspection.recusal.inspector-not-found", String.valueOf(inspectorId)));
		if (store.activeExists(inspectorId, subjectId)) {
			throw new ConflictException("subjectId", "error.inspection.recusal.duplicate", String.valueOf(inspectorId), String.valueOf(subjectId));
		}
		long id;
		try {
			id = store.insert(new RecusalStore.NewRecusal(inspectorId, inspector.name(), subjectId, subject.name(), subject.regionCode(), why),
					currentUsers.actorName(), clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("subjectId", "error.inspection.recusal.duplicate", String.valueOf(inspectorId), String.valueOf(subjectId));
		}
		RecusalView created = store.find(id).orElseThrow();
		audit.record("inspection.recusal.declared", "recusal", String.valueOf(id), created.regionCode(), null, created);
		return created;
	}

	/** Withdraws a declaration, keeping it (404 unknown, 403 outside the scope, 409 already withdrawn). */
	@Transactional
	public RecusalView withdraw(long id, @Nullable String reason) {
		Violations v = new Violations();
		String why = v.text("reason", reason, REASON_MAX, true);
		v.throwIfAny();
		RecusalView before = store.find(id).orElseThrow(() -> new NotFoundException("error.inspection.recusal.not-found", String.valueOf(id)));
		requireInScope(before.regionCode());
		Instant now = clock.instant();
		if (!before.active() || !store.withdraw(id, before.version(), why, currentUsers.actorName(), now)) {
			throw new ConflictException("id", "error.inspection.recusal.already-withdrawn", String.valueOf(id));
		}
		RecusalView after = store.find(id).orElseThrow();
		audit.record("inspection.recusal.withdrawn", "recusal", String.valueOf(id), after.regionCode(), before, after);
		return after;
	}

	/** A declaration in the caller's scope (404 otherwise). */
	public RecusalView get(long id) {
		RecusalView r = store.find(id).orElseThrow(() -> new NotFoundException("error.inspection.recusal.not-found", String.valueOf(id)));
		DataScope scope = currentUsers.scope();
		if (!scope.coversRegion(r.regionCode()) || scope.restrictedToInstitution()) {
			throw new NotFoundException("error.inspection.recusal.not-found", String.valueOf(id));
		}
		return r;
	}

	/** Declarations for subjects in the caller's scope, newest first. */
	public PageResult<RecusalView> page(@Nullable Long inspectorId, @Nullable Long subjectId, boolean activeOnly, PageQuery page) {
		DataScope scope = currentUsers.scope();
		if (scope.restrictedToInstitution()) {
			return PageResult.of(List.of(), page, 0);
		}
		RecusalStore.Query q = new RecusalStore.Query(scope.regionPattern(), inspectorId, subjectId, activeOnly);
		return PageResult.of(store.page(q, page.size(), page.offset()), page, store.count(q));
	}

	private void requireInScope(String regionCode) {
		DataScope scope = currentUsers.scope();
		if (!scope.coversRegion(regionCode) || scope.restrictedToInstitution()) {
			throw new AccessDeniedToScopeException();
		}
	}

}
