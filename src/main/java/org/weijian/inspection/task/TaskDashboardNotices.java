package org.weijian.inspection.task;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.Permission;
import org.weijian.shared.web.DashboardNotice;
import org.weijian.shared.web.DashboardNotices;

/**
 * Flags on the home dashboard the results in the user's scope that are past their publication due date
 * and still unpublished, for those who confirm publication ({@code inspection:publish}).
 */
@Component
class TaskDashboardNotices implements DashboardNotices {

	private final Tasks tasks;

	private final CurrentUsers currentUsers;

	private final MessageSource messages;

	TaskDashboardNotices(Tasks tasks, CurrentUsers currentUsers, MessageSource messages) {
		this.tasks = tasks;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@Override
	public List<DashboardNotice> notices(Locale locale) {
		if (currentUsers.find().filter(u -> u.has(Permission.INSPECTION_PUBLISH)).isEmpty()) {
			return List.of();
		}
		long overdue = tasks.publicationOverdueCount();
		if (overdue == 0) {
			return List.of();
		}
		return List.of(new DashboardNotice("danger", messages.getMessage("result.dashboard.overdue", new Object[] { overdue }, locale),
				"/inspection/results/pending", messages.getMessage("result.dashboard.overdue.link", null, locale)));
	}

}
