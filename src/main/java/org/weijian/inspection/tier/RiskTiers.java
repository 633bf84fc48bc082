package org.weijian.inspection.tier;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.inspection.RiskTier;
import org.weijian.registry.SearchResult;
import org.weijian.registry.SubjectQuery;
import org.weijian.registry.SubjectSummary;
import org.weijian.registry.Subjects;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violation;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * 风险分级 — every subject's risk tier (A 低 … D 高) with its source: the rule table's default for subjects never
 * assessed, a tier set by hand with a reason, or D while the subject is on the key-supervision list
 * (重点监管名单), which a manual tier cannot override. Delisting returns the subject to its manual tier or the
 * default. Every change is kept in an append-only history and audited (ADR 0035).
 *
 * <p>{@link #tiersOf} and {@link #tierOf} are system reads (the draw's pool snapshot) without a scope check;
 * the changes need the subject in the caller's data scope.
 */
@Service
public class RiskTiers {

	static final int REASON_MAX = 500;

	private final TierStore store;

	private final Subjects subjects;

	private final CurrentUsers currentUsers;

	private final AuditTrail audit;

	private final Clock clock;

	RiskTiers(TierStore store, Subjects subjects, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
		this.store = store;
		this.subjects = subjects;
		this.currentUsers = currentUsers;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every id answered, the default tier for ids without one; one query over the tier table, not per id. */
	public Map<Long, TierAssignment> tiersOf(Collection<Long> subjectIds) {
		RiskTier fallback = store.defaultTier();
		Map<Long, TierStore.Row> rows = store.rows(subjectIds);
		Map<Long, TierAssignment> out = new HashMap<>(subjectIds.size() * 4 / 3 + 1);
		for (Long id : subjectIds) {
			TierStore.Row row = rows.get(id);
			out.put(id, row == null ? TierAssignment.byDefault(id, fallback) : row.assignment(fallback));
		}
		return out;
	}

	public TierAssignment tierOf(long subjectId) {
		return tiersOf(List.of(subjectId)).get(subjectId);
	}

	/** The tier given to subjects never assessed (rule {@code DEFAULT_TIER}). */
	public RiskTier defaultTier() {
		return store.defaultTier();
	}

	/** The tier rule table (the default tier with its basis). */
	public List<TierRule> rules() {
		return store.rules();
	}

	/** Sets a subject's tier by hand; refused (409) while the subject is on the key-supervision list. */
	@Transactional
	public TierAssignment set(long subjectId, @Nullable RiskTier tier, @Nullable String reason) {
		Violations v = new Violations();
		if (tier == null) {
			v.add("tier", "error.field.required");
		}
		String why = v.text("reason", reason, REASON_MAX, true);
		v.throwIfAny();
		return apply(List.of(new TierChange(subjectId, tier, why)), "SET", true).get(0);
	}

	/**
	 * Sets many tiers at once (imports, the demo): all or nothing; a bad row is reported with its row number
	 * (from 1). One audit entry for the batch, one history row per subject.
	 */
	@Transactional
	public int setAll(List<TierChange> changes) {
		List<Violation> bad = new ArrayList<>();
		List<TierChange> clean = new ArrayList<>(changes.size());
		for (int i = 0; i < changes.size(); i++) {
			TierChange c = changes.get(i);
			Violations v = new Violations();
			if (c.tier() == null) {
				v.add("tier", "error.field.required");
			}
			String why = v.text("reason", c.reason(), REASON_MAX, true);
			int row = i + 1;
			v.list().forEach(x -> bad.add(x.atRow(row)));
			clean.add(new TierChange(c.subjectId(), c.tier(), why));
		}
		if (!bad.isEmpty()) {
			throw new InvalidInputException(bad);
		}
		return apply(clean, "SET", changes.size() == 1).size();
	}

	/** Drops the manual tier: the subject returns to the default (or stays D while listed). */
	@Transactional
	public TierAssignment reset(long subjectId, @Nullable String reason) {
		Violations v = new Violations();
		String why = v.text("reason", reason, REASON_MAX, true);
		v.throwIfAny();
		SubjectSummary subject = writable(subjectId);
		TierStore.Row row = store.lock(Map.of(subjectId, subject.regionCode()), actor(), now()).get(subjectId);
		if (row.manualTier() == null) {
			throw new ConflictException("tier", "error.inspection.tier.no-manual-tier", String.valueOf(subjectId));
		}
		RiskTier fallback = store.defaultTier();
		TierAssignment before = row.assignment(fallback);
		store.setManual(List.of(subjectId), List.of(subject.regionCode()), nulls(1), nulls(1), actor(), now());
		TierAssignment after = store.find(subjectId).orElseThrow().assignment(fallback);
		record("RESET", subject, before, after, why, "inspection.tier.reset");
		return after;
	}

	/** Puts the subject on the key-supervision list (重点监管名单): tier D until delisted. */
	@Transactional
	public TierAssignment listKeySupervision(long subjectId, @Nullable String reason) {
		return listing(subjectId, reason, true);
	}

	/** Takes the subject off the list: back to its manual tier, or the default. */
	@Transactional
	public TierAssignment delistKeySupervision(long subjectId, @Nullable String reason) {
		return listing(subjectId, reason, false);
	}

	/** A subject in scope with its tier (404 outside the scope). */
	public TieredSubject get(long subjectId) {
		SubjectSummary subject = subjects.visible(subjectId);
		return new TieredSubject(subject, tierOf(subjectId));
	}

	/** The subject's tier changes, newest first (404 outside the scope). */
	public List<TierHistoryEntry> history(long subjectId) {
		subjects.visible(subjectId);
		return store.history(subjectId);
	}

	/** The registry's subject search in the caller's scope, each hit with its tier. */
	public SearchResult<TieredSubject> search(SubjectQuery query, PageQuery page) {
		SearchResult<SubjectSummary> found = subjects.search(query, page);
		Map<Long, TierAssignment> tiers = tiersOf(found.items().stream().map(SubjectSummary::id).toList());
		return found.map(s -> new TieredSubject(s, tiers.get(s.id())));
	}

	/**
	 * Subjects in the caller's scope whose tier is not the default, optionally only of one effective tier and/or
	 * one source (MANUAL or KEY_SUPERVISION — the latter is the key-supervision list), most recently changed first.
	 */
	public PageResult<TieredSubject> assigned(@Nullable RiskTier tier, @Nullable TierSource source, PageQuery page) {
		if (source == TierSource.DEFAULT) {
			throw new InvalidInputException(List.of(Violation.of("source", "error.inspection.tier.source-not-listable")));
		}
		DataScope scope = currentUsers.scope();
		if (scope.restrictedToInstitution()) {
			return PageResult.of(List.of(), page, 0);
		}
		RiskTier fallback = store.defaultTier();
		List<TieredSubject> items = new ArrayList<>();
		for (TierStore.Row row : store.assigned(scope.regionPattern(), tier, source, page.size(), page.offset())) {
			subjects.find(row.subjectId()).ifPresent(s -> items.add(new TieredSubject(s, row.assignment(fallback))));
		}
		return PageResult.of(items, page, store.countAssigned(scope.regionPattern(), tier, source));
	}

	private TierAssignment listing(long subjectId, @Nullable String reason, boolean list) {
		Violations v = new Violations();
		String why = v.text("reason", reason, REASON_MAX, true);
		v.throwIfAny();
		SubjectSummary subject = writable(subjectId);
		TierStore.Row row = store.lock(Map.of(subjectId, subject.regionCode()), actor(), now()).get(subjectId);
		if (row.keySupervision() == list) {
			throw new ConflictException("subjectId", list ? "error.inspection.tier.already-listed" : "error.inspection.tier.not-listed",
					String.valueOf(subjectId));
		}
		RiskTier fallback = store.defaultTier();
		TierAssignment before = row.assignment(fallback);
		store.setListing(subjectId, subject.regionCode(), list, list ? why : null, actor(), now());
		TierAssignment after = store.find(subjectId).orElseThrow().assignment(fallback);
		record(list ? "LISTED" : "DELISTED", subject, before, after, why,
				list ? "inspection.key-supervision.listed" : "inspection.key-supervision.delisted");
		return after;
	}

	/** Applies manual tiers to subjects that must be in scope and not on the key-supervision list. */
	private List<TierAssignment> apply(List<TierChange> changes, String action, boolean single) {
		Map<Long, SubjectSummary> bySubject = new LinkedHashMap<>();
		for (TierChange c : changes) {
			bySubject.put(c.subjectId(), writable(c.subjectId()));
		}
		if (bySubject.size() != changes.size()) {
			throw new InvalidInputException(List.of(Violation.of("subjectId", "error.inspection.tier.duplicate-subject")));
		}
		Map<Long, String> regions = new LinkedHashMap<>();
		bySubject.forEach((id, s) -> regions.put(id, s.regionCode()));
		String actor = actor();
		Instant now = now();
		Map<Long, TierStore.Row> rows = store.lock(regions, actor, now);
		RiskTier fallback = store.defaultTier();
		List<Long> ids = new ArrayList<>();
		List<String> regionList = new ArrayList<>();
		List<@Nullable String> tiers = new ArrayList<>();
		List<@Nullable String> reasons = new ArrayList<>();
		List<TierStore.NewChange> history = new ArrayList<>();
		List<TierAssignment> after = new ArrayList<>();
		for (TierChange c : changes) {
			TierStore.Row row = rows.get(c.subjectId());
			if (row.keySupervision()) {
				throw new ConflictException("tier", "error.inspection.tier.key-supervision", String.valueOf(c.subjectId()));
			}
			ids.add(c.subjectId());
			regionList.add(regions.get(c.subjectId()));
			tiers.add(c.tier().name());
			reasons.add(c.reason());
			TierAssignment next = new TierAssignment(c.subjectId(), c.tier(), TierSource.MANUAL, c.reason(), now);
			history.add(new TierStore.NewChange(c.subjectId(), regions.get(c.subjectId()), action, row.assignment(fallback), next, c.reason()));
			after.add(next);
		}
		store.setManual(ids, regionList, tiers, reasons, actor, now);
		store.append(history, actor, now);
		if (single) {
			TierStore.NewChange c = history.get(0);
			audit.record("inspection.tier.set", "subject-tier", String.valueOf(c.subjectId()), c.regionCode(), c.before(), c.after());
		}
		else if (!history.isEmpty()) {
			Map<String, Long> byTier = new java.util.TreeMap<>();
			after.forEach(a -> byTier.merge(a.tier().name(), 1L, Long::sum));
			audit.record("inspection.tier.set-batch", "subject-tier", ids.get(0) + ".." + ids.get(ids.size() - 1),
					currentUsers.scope().regionCode(), null, Map.of("count", ids.size(), "byTier", byTier));
		}
		return after;
	}

	private void record(String action, SubjectSummary subject, TierAssignment before, TierAssignment after, String reason,
			String auditAction) {
		store.append(List.of(new TierStore.NewChange(subject.id(), subject.regionCode(), action, before, after, reason)), actor(), now());
		audit.record(auditAction, "subject-tier", String.valueOf(subject.id()), subject.regionCode(), before, after);
	}

	/** The subject for a change: 404 when it does not exist, 403 when it lies outside the caller's scope. */
	private SubjectSummary writable(long subjectId) {
		SubjectSummary s = subjects.find(subjectId).orElseThrow(() -> new NotFoundException("error.subject.not-found", subjectId));
		DataScope scope = currentUsers.scope();
		if (!scope.coversRegion(s.regionCode()) || scope.restrictedToInstitution()) {
			throw new AccessDeniedToScopeException();
		}
		return s;
	}

	private static List<@Nullable String> nulls(int n) {
		List<@Nullable String> list = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			list.add(null);
		}
		return list;
	}

	private String actor() {
		return currentUsers.actorName();
	}

	private Instant now() {
		return clock.instant();
	}

}
