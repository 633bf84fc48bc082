package org.weijian.inspection.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.Inspectors;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUser;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.inspection.InspectionOutcome;
import org.weijian.inspection.calendar.WorkingDays;
import org.weijian.registry.SubjectSummary;
import org.weijian.registry.Subjects;
import org.weijian.shared.InvalidValueException;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * Inspection tasks (检查任务) and their results: an inspector drawn for a task records its outcome, a
 * user with {@code inspection:publish} confirms it for publication (一公开), due a number of working days
 * after completion (ADR 0037). A task is in a user's scope when its subject's region is (and, for a
 * department-bound user, the plan's department is theirs); the inspectors drawn for it always see it.
 */
@Service
public class Tasks {

	static final int SUMMARY_MAX = 2000;

	private final TaskStore store;

	private final Inspectors inspectors;

	private final Subjects subjects;

	private final CurrentUsers currentUsers;

	private final AuditTrail audit;

	private final TaskLedger ledger;

	private final WorkingDays workingDays;

	private final Clock clock;

	Tasks(TaskStore store, Inspectors inspectors, Subjects subjects, CurrentUsers currentUsers, AuditTrail audit, TaskLedger ledger,
			WorkingDays workingDays, Clock clock) {
		this.store = store;
		this.inspectors = inspectors;
		this.subjects = subjects;
		this.currentUsers = currentUsers;
		this.audit = audit;
		this.ledger = ledger;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** The tasks the logged-in user's inspector was drawn for, open ones first by deadline (empty when unlinked). */
	public PageResult<TaskView> mine(PageQuery page) {
		Optional<InspectorProfile> me = myInspector();
		if (me.isEmpty()) {
			return PageResult.of(java.util.List.of(), page, 0);
		}
		TaskStore.Query q = new TaskStore.Query("%", null, null, null, null, me.get().id());
		return PageResult.of(store.page(q, today(), "CASE t.status WHEN 'ASSIGNED' THEN 0 WHEN 'COMPLETED' THEN 1 ELSE 2 END, t.deadline, t.id",
				page.size(), page.offset()), page, store.count(q));
	}

	/** The inspector the logged-in user works as (agency link), if any. */
	public Optional<InspectorProfile> myInspector() {
		return currentUsers.find().flatMap(u -> inspectors.findByAccount(u.username()));
	}

	/** Tasks in the caller's scope, by plan (newest first) and task number. */
	public PageResult<TaskView> list(TaskFilter filter, PageQuery page) {
		TaskStore.Query q = scoped(filter);
		return PageResult.of(store.page(q, today(), "t.plan_id DESC, t.task_index", page.size(), page.offset()), page, store.count(q));
	}

	/** Results awaiting publication in the caller's scope, the earliest publication due date first. */
	public PageResult<TaskView> awaitingPublication(PageQuery page) {
		TaskStore.Query q = scoped(new TaskFilter(null, null, TaskStatus.COMPLETED.name()));
		return PageResult.of(store.page(q, today(), "t.publication_due, t.id", page.size(), page.offset()), page, store.count(q));
	}

	/** Completed results in the caller's scope not published by their due date. */
	public long publicationOverdueCount() {
		DataScope scope = currentUsers.scope();
		return store.countPublicationOverdue(scope.regionPattern(), scope.departmentId(), today());
	}

	/** The task, if it is in the caller's scope or the caller's inspector was drawn for it; 404 otherwise. */
	public TaskView get(long id) {
		return visible(id).view();
	}

	/**
	 * Records the result as the logged-in user's inspector, who must be one of the task's drawn inspectors
	 * (403 otherwise); an unstaffed or already completed task answers 409. The publication due date is
	 * the plan's number of working days after today.
	 */
	@Transactional
	public TaskView complete(long id, TaskResult result) {
		TaskStore.Stored task = visible(id);
		refuseUnstaffed(task.view());
		InspectorProfile me = myInspector().orElseThrow(AccessDeniedToScopeException::new);
		if (!task.view().chosen(me.id())) {
			throw new AccessDeniedToScopeException();
		}
		return record(task, me.id(), result, today());
	}

	/**
	 * Records the result on behalf of one of the task's drawn inspectors, for system work (the demo data,
	 * paper records keyed in later); {@code inspectorId} must be one of the drawn (403 otherwise) and the
	 * inspection day lie between the window's start and today (400 otherwise). The publication due date
	 * counts from that day.
	 */
	@Transactional
	public TaskView recordOnBehalf(long id, long inspectorId, TaskResult result, LocalDate inspectedOn) {
		TaskStore.Stored task = visible(id);
		refuseUnstaffed(task.view());
		if (!task.view().chosen(inspectorId)) {
			throw new AccessDeniedToScopeException();
		}
		if (inspectedOn.isAfter(today()) || inspectedOn.isBefore(task.view().windowStart())) {
			throw InvalidInputException.of("inspectedOn", "error.inspection.task.inspected-on", inspectedOn, task.view().windowStart());
		}
		return record(task, inspectorId, result, inspectedOn);
	}

	private static void refuseUnstaffed(TaskView task) {
		if (task.status() == TaskStatus.UNSTAFFED) {
			throw new ConflictException("status", "error.inspection.task.unstaffed", task.id());
		}
	}

	private TaskView record(TaskStore.Stored task, long inspectorId, TaskResult result, LocalDate completedOn) {
		Violations v = new Violations();
		InspectionOutcome outcome = v.parse("outcome", result.outcome(), Tasks::outcome);
		String summary = v.text("summary", result.summary(), SUMMARY_MAX, true);
		v.throwIfAny();
		TaskView before = task.view();
		switch (before.status()) {
			case UNSTAFFED -> throw new ConflictException("status", "error.inspection.task.unstaffed", before.id());
			case COMPLETED, PUBLISHED -> throw new ConflictException("status", "error.inspection.task.already-completed", before.id());
			case ASSIGNED -> {
			}
		}
		int version = result.version() == null ? before.version() : result.version();
		LocalDate due = workingDays.plus(completedOn, before.publicationWorkingDays());
		if (!store.complete(before.id(), version, outcome, summary, inspectorId, completedOn, due, currentUsers.actorName(),
				clock.instant())) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		TaskView after = store.byId(before.id(), today()).orElseThrow().view();
		audit.record("inspection.task-completed", "inspection-task", String.valueOf(after.id()), after.regionCode(), before, after);
		ledger.recorded(after, task.departmentId());
		return after;
	}

	/**
	 * Confirms a completed result for publication (一公开): it appears on the public site and API and in
	 * the ledger as a public entry. Only in the caller's scope (404 otherwise); only a completed result
	 * (409 otherwise); a user may not confirm a result they recorded themselves (409).
	 */
	@Transactional
	public TaskView publish(long id) {
		TaskStore.Stored task = scopedOnly(id);
		TaskView before = task.view();
		if (before.status() == TaskStatus.PUBLISHED) {
			throw new ConflictException("status", "error.inspection.task.already-published", id);
		}
		if (before.status() != TaskStatus.COMPLETED) {
			throw new ConflictException("status", "error.inspection.task.not-completed", id);
		}
		String actor = currentUsers.actorName();
		if (!CurrentUser.SYSTEM.equals(actor) && actor.equals(before.completedBy())) {
			throw new ConflictException("status", "error.inspection.task.publisher-is-recorder", id);
		}
		String uscc = subjects.find(before.subjectId()).map(SubjectSummary::uscc).orElse(null);
		if (!store.publish(id, uscc, actor, clock.instant())) {
			throw new ConflictException("status", "error.inspection.task.already-published", id);
		}
		TaskView after = store.byId(id, today()).orElseThrow().view();
		audit.record("inspection.result-published", "inspection-task", String.valueOf(id), after.regionCode(), before, after);
		ledger.published(after, task.departmentId(), uscc);
		return after;
	}

	/**
	 * The subjects in the region subtree ({@code regionPattern}, a SQL LIKE pattern of division codes) with
	 * a recorded result completed between the dates (both inclusive), whatever the caller's scope (the
	 * coverage page checks it).
	 */
	public Set<Long> inspectedSubjects(String regionPattern, LocalDate from, LocalDate to) {
		return new HashSet<>(store.inspectedSubjects(regionPattern, from, to));
	}

	/** Today in the deployment's time zone. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	private TaskStore.Stored visible(long id) {
		TaskStore.Stored task = store.byId(id, today()).orElseThrow(() -> notFound(id));
		if (inScope(task)) {
			return task;
		}
		Optional<InspectorProfile> me = myInspector();
		if (me.isPresent() && task.view().chosen(me.get().id())) {
			return task;
		}
		throw notFound(id);
	}

	private TaskStore.Stored scopedOnly(long id) {
		return store.byId(id, today()).filter(this::inScope).orElseThrow(() -> notFound(id));
	}

	private boolean inScope(TaskStore.Stored task) {
		DataScope scope = currentUsers.scope();
		return scope.coversRegion(task.view().regionCode()) && scope.coversDepartment(task.departmentId());
	}

	private TaskStore.Query scoped(TaskFilter filter) {
		Violations v = new Violations();
		TaskStatus status = filter.status() == null || filter.status().isBlank() ? null
				: v.parse("status", filter.status(), Tasks::status);
		String drawId = filter.drawId() == null || filter.drawId().isBlank() ? null : filter.drawId().strip();
		v.throwIfAny();
		DataScope scope = currentUsers.scope();
		return new TaskStore.Query(scope.regionPattern(), scope.departmentId(), filter.planId(), drawId, status, null);
	}

	private static NotFoundException notFound(long id) {
		return new NotFoundException("error.inspection.task.not-found", id);
	}

	static InspectionOutcome outcome(String raw) {
		return parse(InspectionOutcome.class, raw, "error.inspection.task.outcome-unknown");
	}

	static TaskStatus status(String raw) {
		return parse(TaskStatus.class, raw, "error.inspection.task.status-unknown");
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String raw, String code) {
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(raw.strip().toUpperCase(Locale.ROOT))) {
				return e;
			}
		}
		throw new InvalidValueException(code, raw);
	}

}
