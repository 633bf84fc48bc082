package org.weijian.registry;

import java.util.EnumSet;
import java.util.Set;

/**
 * A licence's (行政许可) state: 有效, 暂扣, 吊销, 过期, 注销. Revoked and cancelled are final; expired is
 * reached only by the clock (the expiry job), never by a user's change.
 */
public enum LicenceStatus {

	VALID, SUSPENDED, REVOKED, EXPIRED, CANCELLED;

	public boolean isFinal() {
		return this == REVOKED || this == CANCELLED;
	}

	/** In force or suspended: still runs its 校验 cycle and can expire. */
	public boolean isLive() {
		return this == VALID || this == SUSPENDED;
	}

	/** The statuses a user may move a licence to from this one (the clock's EXPIRED is never among them). */
	public Set<LicenceStatus> manualTargets() {
		return switch (this) {
			case VALID -> EnumSet.of(SUSPENDED, REVOKED, CANCELLED);
			case SUSPENDED -> EnumSet.of(VALID, REVOKED, CANCELLED);
			case EXPIRED -> EnumSet.of(CANCELLED);
			case REVOKED, CANCELLED -> EnumSet.noneOf(LicenceStatus.class);
		};
	}

	public String messageKey() {
		return "licence.status." + name();
	}

}
