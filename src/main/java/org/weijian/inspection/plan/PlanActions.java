package org.weijian.inspection.plan;

import java.util.List;

/**
 * Hook for the announcement and draw steps (package {@code inspection.pool}): every bean implementing
 * this contributes links shown in the "公告与抽取" block of the plan detail page
 * ({@code templates/inspection/plan/detail.html}, element {@code #plan-actions}), without the plan
 * pages knowing those steps.
 */
public interface PlanActions {

	/**
	 * The actions open on this plan for the current user (already checked for permission and status).
	 *
	 * @return links in display order; empty when none applies
	 */
	List<Link> actions(PlanView plan);

	/**
	 * A link to another page (GET); the page it opens carries its own form.
	 *
	 * @param messageKey message key of the link text
	 * @param href context-relative URL, e.g. {@code /inspection/plans/12/announce}
	 * @param primary shown as the main button
	 */
	record Link(String messageKey, String href, boolean primary) {
	}

}
