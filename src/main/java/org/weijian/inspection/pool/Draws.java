package org.weijian.inspection.pool;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.inspection.DrawnTask;
import org.weijian.inspection.PlanDrawn;
import org.weijian.inspection.draw.DrawEngine;
import org.weijian.inspection.draw.DrawInput;
import org.weijian.inspection.draw.DrawRecord;
import org.weijian.inspection.draw.DrawnAssignment;
import org.weijian.inspection.draw.EntropySource;
import org.weijian.inspection.draw.PoolInspector;
import org.weijian.inspection.draw.Recusal;
import org.weijian.inspection.draw.Rfc3797;
import org.weijian.inspection.plan.EntropySourceSpec;
import org.weijian.inspection.plan.JointDepartment;
import org.weijian.inspection.plan.PlanStatus;
import org.weijian.inspection.plan.PlanView;
import org.weijian.inspection.plan.Plans;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.Violations;

/**
 * The draw (抽取) of an announced plan, maker-checker: an operator enters the published values of the
 * announced entropy sources (PENDING); a second user confirms them — which runs the published algorithm
 * on the frozen pools, stores the record's bytes, appends {@code inspection.drawn} to the ledger, marks
 * the plan DRAWN and publishes {@link PlanDrawn}, all in one transaction — or rejects them with a reason,
 * after which values may be entered again. A plan is drawn once: a later attempt is refused (409) and the
 * refusal is audited in a transaction of its own.
 */
@Service
public class Draws {

	/** The business date of the entropy sources' publication days (the deployment's legal time zone). */
	static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

	private final Plans plans;

	private final PoolStore store;

	private final DrawLedger ledger;

	private final RefusalLog refusals;

	private final AuditTrail audit;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Draws(Plans plans, PoolStore store, DrawLedger ledger, RefusalLog refusals, AuditTrail audit, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.store = store;
		this.ledger = ledger;
		this.refusals = refusals;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Enters the values of the announced sources (maker), one list of integer tokens per source in the
	 * announced order. Refused before any source's publication day, in the wrong shape (400), on a plan not
	 * announced, with an entry already awaiting its checker, or on a drawn plan (409, audited).
	 */
	@Transactional
	public EntropyEntry enter(long planId, @Nullable List<List<String>> values) {
		PlanView plan = plans.get(planId);
		AnnouncementRow announcement = announced(plan, "entry");
		List<List<Long>> checked = EntropyValues.check(Announcements.shapes(plan), values, today());
		if (store.pending(planId).isPresent()) {
			throw new ConflictException("values", "error.inspection.draw.pending-exists", announcement.drawId());
		}
		long id = store.insertEntry(planId, checked, currentUsers.actorName(), clock.instant());
		EntropyEntry entry = store.entry(id).orElseThrow();
		audit.record("inspection.entropy-entered", "inspection-plan", String.valueOf(planId), plan.regionCode(), null, entry);
		return entry;
	}

	/** Rejects the pending entry with a reason (checker: not its maker); the maker may enter values again. */
	@Transactional
	public EntropyEntry reject(long planId, long entryId, @Nullable String reason) {
		PlanView plan = plans.get(planId);
		announced(plan, "reject");
		Violations v = new Violations();
		String why = v.text("reason", reason, 500, true);
		v.throwIfAny();
		EntropyEntry entry = checkable(plan, entryId, "reject");
		if (!store.decide(entry.id(), entry.version(), EntropyEntry.Status.REJECTED, currentUsers.actorName(), clock.instant(), why)) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		EntropyEntry after = store.entry(entry.id()).orElseThrow();
		audit.record("inspection.entropy-rejected", "inspection-plan", String.valueOf(planId), plan.regionCode(), entry, after);
		return after;
	}

	/**
	 * Confirms the pending entry (checker: not its maker) and draws: the published record is computed from
	 * the frozen pools and the confirmed values, stored byte for byte, and published.
	 */
	@Transactional
	public DrawView confirm(long planId, long entryId) {
		PlanView plan = plans.get(planId);
		AnnouncementRow announcement = announced(plan, "confirm");
		EntropyEntry entry = checkable(plan, entryId, "confirm");
		List<List<String>> tokens = entry.values().stream().map(l -> l.stream().map(String::valueOf).toList()).toList();
		List<List<Long>> values = EntropyValues.check(Announcements.shapes(plan), tokens, today());
		String actor = currentUsers.actorName();
		Instant now = clock.instant();
		if (!store.decide(entry.id(), entry.version(), EntropyEntry.Status.CONFIRMED, actor, now, null)) {
			throw new ConflictException("version", "error.concurrent-change");
		}

		List<FrozenObject> objects = store.objects(planId);
		DrawRecord record = DrawEngine.run(input(plan, announcement.drawId(), values, objects, store.inspectors(planId),
				store.recusals(planId)));
		byte[] bytes = record.toJson();
		String sha = "sha256:" + HexFormat.of().formatHex(sha256(bytes));
		String key = Rfc3797.key(values);
		List<DrawnTask> tasks = tasks(record, objects);
		int unstaffed = (int) tasks.stream().filter(t -> !t.staffed()).count();
		store.insertDraw(new DrawRow(planId, announcement.drawId(), entry.id(), key, bytes, sha, tasks.size(), unstaffed,
				entry.enteredBy(), actor, now));
		ledger.drawn(plan, announcement.drawId(), key, announcement.objectDigest(), announcement.inspectorDigest(), sha,
				entry.enteredBy(), tasks.size(), unstaffed);
		plans.markDrawn(planId);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("drawId", announcement.drawId());
		after.put("entryId", entry.id());
		after.put("enteredBy", entry.enteredBy());
		after.put("key", key);
		after.put("recordSha256", sha);
		after.put("tasks", tasks.size());
		after.put("unstaffed", unstaffed);
		audit.record("inspection.drawn", "inspection-plan", String.valueOf(planId), plan.regionCode(), entry, after);
		events.publishEvent(new PlanDrawn(planId, announcement.drawId(), plan.title(), plan.regionCode(), plan.departmentId(),
				plan.windowStart(), plan.deadline(), plan.publicationWorkingDays(), tasks));
		return new DrawView(planId, announcement.drawId(), key, sha, tasks.size(), unstaffed, entry.enteredBy(), actor, now);
	}

	/** The plan's entries, oldest first (what was entered, by whom, and how it was decided). */
	public List<EntropyEntry> entries(long planId) {
		plans.get(planId);
		return store.entries(planId);
	}

	/** The tasks of the plan's draw as {@link PlanDrawn} carried them; empty before the draw. */
	public List<DrawnTask> tasks(long planId) {
		plans.get(planId);
		return store.draw(planId)
			.map(d -> tasks(DrawRecord.fromJson(d.record()), store.objects(planId)))
			.orElse(List.of());
	}

	/** The announced plan's stored announcement; 409 when the plan was not announced, and refusal when drawn. */
	private AnnouncementRow announced(PlanView plan, String attempt) {
		String drawId = DrawIds.of(plan.seriesNo(), plan.version());
		if (plan.status() == PlanStatus.DRAWN || store.drawn(plan.id())) {
			refusals.secondDraw(plan.id(), drawId, plan.regionCode(), attempt);
			throw new ConflictException("status", "error.inspection.draw.already-drawn", drawId);
		}
		if (plan.status() != PlanStatus.ANNOUNCED) {
			throw new ConflictException("status", "error.inspection.draw.not-announced", plan.status().name());
		}
		return store.announcement(plan.id())
			.orElseThrow(() -> new ConflictException("status", "error.inspection.draw.not-announced", plan.status().name()));
	}

	private EntropyEntry checkable(PlanView plan, long entryId, String attempt) {
		long planId = plan.id();
		EntropyEntry entry = store.pendingForUpdate(planId).filter(e -> e.id() == entryId).orElse(null);
		if (entry == null && store.drawn(planId)) {
			// a concurrent confirmation drew the plan while this request waited for the entry's lock
			String drawId = DrawIds.of(plan.seriesNo(), plan.version());
			refusals.secondDraw(planId, drawId, plan.regionCode(), attempt);
			throw new ConflictException("status", "error.inspection.draw.already-drawn", drawId);
		}
		if (entry == null) {
			throw new ConflictException("entryId", "error.inspection.draw.no-pending", entryId);
		}
		if (entry.enteredBy().equals(currentUsers.actorName())) {
			throw new ConflictException("entryId", "error.inspection.draw.own-entry", entry.enteredBy());
		}
		return entry;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(BUSINESS_ZONE));
	}

	/** The engine's input from the frozen pools, exactly as announced. */
	private DrawInput input(PlanView plan, String drawId, List<List<Long>> values, List<FrozenObject> objects,
			List<FrozenInspector> inspectors, List<long[]> recusalPairs) {
		List<EntropySource> sources = new ArrayList<>();
		for (int i = 0; i < plan.sources().size(); i++) {
			EntropySourceSpec s = plan.sources().get(i);
			sources.add(new EntropySource(s.name(), values.get(i)));
		}
		List<PoolInspector> pool = inspectors.stream()
			.map(i -> new PoolInspector(String.valueOf(i.inspectorId()), i.departmentCode(), i.jurisdictionCode(),
					Set.copyOf(i.coveredCategories()), i.certificateValidFrom(), i.certificateValidTo(), i.active()))
			.toList();
		Set<Recusal> recusals = new HashSet<>();
		recusalPairs.forEach(p -> recusals.add(new Recusal(String.valueOf(p[0]), String.valueOf(p[1]))));
		SortedMap<String, Integer> departments = new TreeMap<>();
		for (JointDepartment d : plan.departments()) {
			departments.put(d.departmentCode(), d.inspectors());
		}
		return new DrawInput(drawId, plans.summary(plan), sources, plan.ratios(),
				objects.stream().map(Announcements::poolObject).toList(), pool, recusals,
				departments.isEmpty() ? plan.inspectorsPerTask() : 0, departments, plan.capPerInspector(), plan.windowStart());
	}

	/** The tasks of the record, with the subjects' names and places from the frozen pool. */
	private static List<DrawnTask> tasks(DrawRecord record, List<FrozenObject> objects) {
		Map<Long, FrozenObject> byId = new HashMap<>(objects.size() * 2);
		objects.forEach(o -> byId.put(o.subjectId(), o));
		List<DrawnTask> tasks = new ArrayList<>();
		for (DrawnAssignment a : record.assignments()) {
			long subjectId = Long.parseLong(a.objectId());
			FrozenObject o = byId.get(subjectId);
			tasks.add(new DrawnTask(a.taskIndex(), subjectId, o.name(), o.regionCode(), o.categoryCode(), a.stratum(),
					a.unstaffedReason() == null ? a.chosen().stream().map(Long::parseLong).toList() : List.of(), a.unstaffedReason()));
		}
		return tasks;
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
