package org.weijian.inspection.pool;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.InspectorStatus;
import org.weijian.agency.Inspectors;
import org.weijian.agency.SupervisionDomain;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.inspection.draw.PoolDigest;
import org.weijian.inspection.draw.PoolObject;
import org.weijian.inspection.plan.EntropySourceSpec;
import org.weijian.inspection.plan.PlanStatus;
import org.weijian.inspection.plan.PlanView;
import org.weijian.inspection.plan.Plans;
import org.weijian.inspection.plan.RatioMode;
import org.weijian.inspection.recusal.Recusals;
import org.weijian.inspection.tier.RiskTiers;
import org.weijian.inspection.tier.TierAssignment;
import org.weijian.registry.PoolMember;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.SubjectQuery;
import org.weijian.registry.Subjects;
import org.weijian.shared.error.ConflictException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Freezes an approved plan's pools and announces it (冻结并公告), in one transaction: the object pool
 * (operating subjects of the plan's region, categories and kind, each with its risk tier), the inspector
 * pool (every inspector in or above the region, or only the joint plan's departments', with status and
 * certificate dates), the declared recusals between the two, both pool digests, and the announcement
 * with the named future entropy sources — published on the ledger as {@code inspection.announced}.
 */
@Service
public class Announcements {

	static final String ALGORITHM = "weijian-draw/1";

	private final Plans plans;

	private final Subjects subjects;

	private final Inspectors inspectors;

	private final RiskTiers tiers;

	private final Recusals recusals;

	private final PoolStore store;

	private final DrawLedger ledger;

	private final AuditTrail audit;

	private final CurrentUsers currentUsers;

	private final JsonMapper json;

	private final Clock clock;

	Announcements(Plans plans, Subjects subjects, Inspectors inspectors, RiskTiers tiers, Recusals recusals, PoolStore store,
			DrawLedger ledger, AuditTrail audit, CurrentUsers currentUsers, JsonMapper json, Clock clock) {
		this.plans = plans;
		this.subjects = subjects;
		this.inspectors = inspectors;
		this.tiers = tiers;
		this.recusals = recusals;
		this.store = store;
		this.ledger = ledger;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.json = json;
		this.clock = clock;
	}

	/** Freezes the approved plan version's pools and publishes its announcement; 409 unless APPROVED. */
	@Transactional
	public AnnouncementView announce(long planId) {
		PlanView plan = plans.get(planId);
		if (store.announced(planId)) {
			throw new ConflictException("status", "error.inspection.pool.already-announced", DrawIds.of(plan.seriesNo(), plan.version()));
		}
		if (plan.status() != PlanStatus.APPROVED) {
			throw new ConflictException("status", "error.inspection.pool.not-approved", plan.status().name());
		}
		LocalDate today = LocalDate.now(clock.withZone(Draws.BUSINESS_ZONE));
		for (EntropySourceSpec s : plan.sources()) {
			if (!s.availableOn().isAfter(today)) {
				// announcing values that may already be known would let the draw be steered
				throw new ConflictException("sources[" + s.position() + "].availableOn", "error.inspection.pool.source-known", s.name(),
						s.availableOn().toString());
			}
		}
		List<FrozenObject> objects = objectPool(plan);
		List<FrozenInspector> pooled = inspectorPool(plan);
		List<long[]> conflicts = recusalPairs(objects, pooled);
		String objectDigest = PoolDigest.objects(objects.stream().map(Announcements::poolObject).toList());
		String inspectorDigest = PoolDigest.inspectors(pooled.stream().map(i -> String.valueOf(i.inspectorId())).toList());
		store.insertObjects(planId, objects);
		store.insertInspectors(planId, pooled);
		store.insertRecusals(planId, conflicts);

		String drawId = DrawIds.of(plan.seriesNo(), plan.version());
		Instant now = clock.instant();
		Map<String, Object> body = body(plan, drawId, objects, pooled.size(), conflicts.size(), objectDigest, inspectorDigest, now);
		AnnouncementRow row = new AnnouncementRow(planId, drawId, plan.title(), plan.regionCode(), plan.departmentId(), objects.size(),
				pooled.size(), conflicts.size(), objectDigest, inspectorDigest, json.writeValueAsBytes(body), now,
				currentUsers.actorName());
		store.insertAnnouncement(row);
		plans.markAnnounced(planId);
		ledger.announced(plan, drawId, body);
		Map<String, Object> auditAfter = new LinkedHashMap<>(body);
		auditAfter.remove("plan");
		audit.record("inspection.announced", "inspection-plan", String.valueOf(planId), plan.regionCode(), null, auditAfter);
		return AnnouncementView.of(row, body);
	}

	/** Operating subjects of the plan's region, categories and kind, each with its tier and stratum, by id. */
	private List<FrozenObject> objectPool(PlanView plan) {
		SubjectKind kind = plan.subjectKind() == null ? null : SubjectKind.valueOf(plan.subjectKind());
		List<PoolMember> members = new ArrayList<>();
		if (plan.categories().isEmpty()) {
			members.addAll(subjects.poolMembers(new SubjectQuery(null, kind, null, plan.regionCode(), null, null)));
		}
		else {
			for (String category : new TreeSet<>(plan.categories())) {
				members.addAll(subjects.poolMembers(new SubjectQuery(null, kind, category, plan.regionCode(), null, null)));
			}
		}
		Map<Long, TierAssignment> tierOf = tiers.tiersOf(members.stream().map(PoolMember::id).toList());
		boolean byTier = plan.ratioMode() == RatioMode.BY_TIER;
		List<FrozenObject> out = new ArrayList<>(members.size());
		for (PoolMember m : members) {
			TierAssignment t = tierOf.get(m.id());
			out.add(new FrozenObject(m.id(), m.name(), m.regionCode(), m.categoryCode(), t.tier().name(), t.source().name(),
					byTier ? t.tier().name() : "ALL"));
		}
		out.sort((a, b) -> Long.compare(a.subjectId(), b.subjectId()));
		return out;
	}

	/** Every inspector in or above the plan's region (a joint plan: only its departments'), status kept. */
	private List<FrozenInspector> inspectorPool(PlanView plan) {
		Set<Long> joint = new HashSet<>();
		plan.departments().forEach(d -> joint.add(d.departmentId()));
		List<FrozenInspector> out = new ArrayList<>();
		for (InspectorProfile p : inspectors.pool(plan.regionCode())) {
			if (!joint.isEmpty() && !joint.contains(p.departmentId())) {
				continue;
			}
			Set<SupervisionDomain> domains = p.specialties().isEmpty() ? EnumSet.noneOf(SupervisionDomain.class)
					: EnumSet.copyOf(p.specialties());
			TreeSet<String> covered = new TreeSet<>();
			domains.forEach(d -> covered.addAll(d.subjectCategories()));
			out.add(new FrozenInspector(p.id(), p.name(), p.departmentId(), p.departmentCode(), p.departmentName(), p.jurisdictionCode(),
					domains.stream().map(Enum::name).sorted().toList(), List.copyOf(covered), p.certificateValidFrom(),
					p.certificateValidTo(), p.status().name(), p.status() == InspectorStatus.ACTIVE));
		}
		return out;
	}

	/** The declared conflicts between a pooled inspector and a pooled subject. */
	private List<long[]> recusalPairs(List<FrozenObject> objects, List<FrozenInspector> pooled) {
		if (pooled.isEmpty() || objects.isEmpty()) {
			return List.of();
		}
		Set<Long> subjectIds = new HashSet<>(objects.size() * 2);
		objects.forEach(o -> subjectIds.add(o.subjectId()));
		Collection<Long> inspectorIds = pooled.stream().map(FrozenInspector::inspectorId).toList();
		List<long[]> out = new ArrayList<>();
		recusals.activePairs(inspectorIds).forEach(p -> {
			if (subjectIds.contains(p.subjectId())) {
				out.add(new long[] { p.inspectorId(), p.subjectId() });
			}
		});
		out.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
		return out;
	}

	static PoolObject poolObject(FrozenObject o) {
		return new PoolObject(String.valueOf(o.subjectId()), o.stratum(), o.regionCode(), o.categoryCode());
	}

	/** The announcement as published (and as the ledger entry's body): JSON-able values only. */
	private Map<String, Object> body(PlanView plan, String drawId, List<FrozenObject> objects, int inspectorCount, int recusalCount,
			String objectDigest, String inspectorDigest, Instant now) {
		Map<String, Integer> strata = new TreeMap<>();
		plan.ratios().keySet().forEach(k -> strata.put(k, 0));
		objects.forEach(o -> strata.merge(o.stratum(), 1, Integer::sum));
		Map<String, Object> pools = new LinkedHashMap<>();
		pools.put("objects", objects.size());
		pools.put("inspectors", inspectorCount);
		pools.put("recusals", recusalCount);
		pools.put("strata", new LinkedHashMap<>(strata));
		List<Map<String, Object>> sources = new ArrayList<>();
		for (EntropySourceSpec s : plan.sources()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", s.name());
			m.put("description", s.description());
			m.put("available_on", s.availableOn().toString());
			m.put("value_count", s.valueCount());
			m.put("min_value", s.minValue());
			m.put("max_value", s.maxValue());
			sources.add(m);
		}
		Map<String, Object> b = new LinkedHashMap<>();
		b.put("id", drawId);
		b.put("algorithm", ALGORITHM);
		b.put("plan", plans.summary(plan));
		b.put("pools", pools);
		b.put("pool_digest", objectDigest);
		b.put("inspector_pool_digest", inspectorDigest);
		b.put("sources", sources);
		b.put("announced_at", now.toString());
		return b;
	}

	static List<SourceShape> shapes(PlanView plan) {
		return plan.sources().stream()
			.map(s -> new SourceShape(s.name(), s.availableOn(), s.valueCount(), s.minValue(), s.maxValue()))
			.toList();
	}

}
