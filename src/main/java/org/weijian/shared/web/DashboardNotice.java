package org.weijian.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * One notice on the home dashboard from a module the dashboard does not know (e.g. inspection results
 * overdue for publication): the text already in the user's language, an optional link and its text.
 *
 * @param level {@code danger}, {@code warning} or {@code info} (the alert's colour)
 */
public record DashboardNotice(String level, String text, @Nullable String href, @Nullable String linkText) {

	public DashboardNotice {
		if (!level.equals("danger") && !level.equals("warning") && !level.equals("info")) {
			throw new IllegalArgumentException("a dashboard notice level is danger, warning or info: " + level);
		}
	}

}
