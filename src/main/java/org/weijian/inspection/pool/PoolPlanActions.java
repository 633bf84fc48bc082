package org.weijian.inspection.pool;

import java.util.List;

import org.springframework.stereotype.Component;
import org.weijian.inspection.plan.PlanActions;
import org.weijian.inspection.plan.PlanView;

/** The plan page's links to the public announcement and draw page, once the plan is announced. */
@Component
class PoolPlanActions implements PlanActions {

	private final PoolStore store;

	PoolPlanActions(PoolStore store) {
		this.store = store;
	}

	@Override
	public List<Link> actions(PlanView plan) {
		return store.announcement(plan.id())
			.map(a -> List.of(new Link("pool.action.public-page", "/public/draws/" + a.drawId(), false)))
			.orElse(List.of());
	}

}
