package org.weijian.shared.web;

import java.util.List;
import java.util.Locale;

/**
 * A source of notices for the home dashboard, implemented by any module as a bean; the dashboard asks
 * every one for the current user, so the module owning the dashboard depends on none of them.
 * Implementations decide from the current user's permissions and scope what to say (often nothing).
 */
public interface DashboardNotices {

	List<DashboardNotice> notices(Locale locale);

}
