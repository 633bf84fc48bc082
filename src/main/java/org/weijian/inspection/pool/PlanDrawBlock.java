package org.weijian.inspection.pool;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUser;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.Permission;
import org.weijian.inspection.plan.EntropySourceSpec;
import org.weijian.inspection.plan.PlanStatus;
import org.weijian.inspection.plan.PlanView;
import org.weijian.inspection.plan.Plans;

/**
 * The freeze-and-draw block of the plan detail page (and the staff API's reads): where the plan stands —
 * announcement, pending entry, draw — and what the current user may do next. Templates call it as
 * {@code @planDraws.of(plan.id)}, so the plan pages need no code of this package.
 */
@Component("planDraws")
public class PlanDrawBlock {

	/** The plan's freeze and draw state and the actions open to the current user. */
	public record State(long planId, PlanStatus status, List<EntropySourceSpec> sources, @Nullable AnnouncementView announcement,
			@Nullable EntropyEntry pending, @Nullable EntropyEntry lastRejected, @Nullable DrawRow draw, boolean canAnnounce,
			boolean canEnter, boolean canDecide, boolean ownPending) {

		public @Nullable String drawId() {
			return announcement == null ? null : announcement.drawId();
		}

		public @Nullable String recordSha256() {
			return draw == null ? null : draw.recordSha256();
		}

		public java.time.@Nullable Instant drawnAt() {
			return draw == null ? null : draw.drawnAt();
		}

		public @Nullable String confirmedBy() {
			return draw == null ? null : draw.confirmedBy();
		}

	}

	private final Plans plans;

	private final PoolStore store;

	private final PublicDraws publicDraws;

	private final CurrentUsers currentUsers;

	PlanDrawBlock(Plans plans, PoolStore store, PublicDraws publicDraws, CurrentUsers currentUsers) {
		this.plans = plans;
		this.store = store;
		this.publicDraws = publicDraws;
		this.currentUsers = currentUsers;
	}

	/** The state of a plan in the caller's scope (404 otherwise). */
	public State of(long planId) {
		PlanView plan = plans.get(planId);
		AnnouncementView announcement = store.announcement(planId)
			.map(a -> AnnouncementView.of(a, publicDraws.document(a)))
			.orElse(null);
		EntropyEntry pending = store.pending(planId).orElse(null);
		List<EntropyEntry> entries = store.entries(planId);
		EntropyEntry rejected = entries.stream().filter(e -> e.status() == EntropyEntry.Status.REJECTED).reduce((a, b) -> b).orElse(null);
		DrawRow draw = store.draw(planId).orElse(null);
		CurrentUser user = currentUsers.find().orElse(null);
		boolean mayPlan = user != null && user.has(Permission.INSPECTION_PLAN);
		boolean drawRight = user != null && user.has(Permission.INSPECTION_DRAW);
		boolean own = pending != null && user != null && pending.enteredBy().equals(user.username());
		return new State(planId, plan.status(), plan.sources(), announcement, pending, rejected, draw,
				mayPlan && plan.status() == PlanStatus.APPROVED && announcement == null,
				drawRight && plan.status() == PlanStatus.ANNOUNCED && pending == null && draw == null,
				drawRight && pending != null && !own && draw == null, own);
	}

}
