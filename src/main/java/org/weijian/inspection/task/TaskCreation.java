package org.weijian.inspection.task;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.Inspectors;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.inspection.DrawnTask;
import org.weijian.inspection.PlanDrawn;

/**
 * Creates the inspection tasks of a confirmed draw inside the draw's transaction, so the draw and its
 * tasks are written together or not at all. Idempotent: a task the draw already has (same draw id and
 * task index) is left as it is.
 */
@Component
class TaskCreation {

	private final TaskStore store;

	private final Inspectors inspectors;

	private final AuditTrail audit;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	TaskCreation(TaskStore store, Inspectors inspectors, AuditTrail audit, CurrentUsers currentUsers, Clock clock) {
		this.store = store;
		this.inspectors = inspectors;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(PlanDrawn drawn) {
		String actor = currentUsers.actorName();
		Map<Long, String> names = new HashMap<>();
		int created = 0;
		int unstaffed = 0;
		for (DrawnTask t : drawn.tasks()) {
			boolean staffed = t.staffed() && !t.inspectorIds().isEmpty();
			var row = new TaskStore.NewTask(drawn.planId(), drawn.planTitle(), drawn.regionCode(), drawn.departmentId(), drawn.drawId(),
					t.index(), t.subjectId(), t.subjectName(), t.regionCode(), t.categoryCode(), t.stratum(),
					staffed ? TaskStatus.ASSIGNED : TaskStatus.UNSTAFFED,
					staffed ? null : reason(t), drawn.windowStart(), drawn.deadline(), drawn.publicationWorkingDays());
			var id = store.insert(row, actor, clock.instant());
			if (id.isEmpty()) {
				continue;
			}
			created++;
			if (!staffed) {
				unstaffed++;
				continue;
			}
			List<Long> chosen = t.inspectorIds();
			for (int p = 0; p < chosen.size(); p++) {
				long inspectorId = chosen.get(p);
				String name = names.computeIfAbsent(inspectorId,
						k -> inspectors.findAnywhere(k).map(InspectorProfile::name).orElse("#" + k));
				store.insertInspector(id.get(), p, inspectorId, name);
			}
		}
		if (created > 0) {
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("planId", drawn.planId());
			summary.put("drawId", drawn.drawId());
			summary.put("tasks", created);
			summary.put("unstaffed", unstaffed);
			audit.record("inspection.tasks-created", "inspection-draw", drawn.drawId(), drawn.regionCode(), null, summary);
		}
	}

	private static String reason(DrawnTask t) {
		String r = t.unstaffedReason() == null || t.unstaffedReason().isBlank() ? "no inspector drawn" : t.unstaffedReason();
		return r.length() > 500 ? r.substring(0, 500) : r;
	}

}
