package org.weijian.monitoring.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUser;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.Permission;
import org.weijian.shared.web.DashboardNotice;
import org.weijian.shared.web.DashboardNotices;

/**
 * On the home dashboard: open leads past their stage's limit in the user's region (for {@code monitoring:read}),
 * and for an institution user the leads waiting for its answer.
 */
@Component
class LeadDashboardNotices implements DashboardNotices {

	private final Leads leads;

	private final Appeals appeals;

	private final CurrentUsers currentUsers;

	private final MessageSource messages;

	LeadDashboardNotices(Leads leads, Appeals appeals, CurrentUsers currentUsers, MessageSource messages) {
		this.leads = leads;
		this.appeals = appeals;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@Override
	public List<DashboardNotice> notices(Locale locale) {
		Optional<CurrentUser> user = currentUsers.find();
		List<DashboardNotice> out = new ArrayList<>();
		if (user.filter(u -> u.has(Permission.MONITORING_READ)).isPresent()) {
			long overdue = leads.overdueCount();
			if (overdue > 0) {
				out.add(new DashboardNotice("danger", messages.getMessage("monitoring.lead.dashboard.overdue", new Object[] { overdue }, locale),
						"/monitoring/leads?overdue=true", messages.getMessage("monitoring.lead.dashboard.overdue.link", null, locale)));
			}
		}
		if (user.filter(u -> u.has(Permission.MONITORING_APPEAL)).isPresent()) {
			long waiting = appeals.awaitingAnswer();
			if (waiting > 0) {
				out.add(new DashboardNotice("warning", messages.getMessage("monitoring.portal.dashboard.waiting", new Object[] { waiting }, locale),
						"/portal/leads", messages.getMessage("monitoring.portal.dashboard.link", null, locale)));
			}
		}
		return out;
	}

}
