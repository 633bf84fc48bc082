package org.weijian.agency;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;

/** The caller's data scope as this module applies it: a region subtree and, if set, one department. */
@Component
class AgencyScope {

	private final CurrentUsers currentUsers;

	AgencyScope(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	DataScope current() {
		return currentUsers.scope();
	}

	String regionPattern() {
		return current().regionPattern();
	}

	@Nullable Long department() {
		return current().departmentId();
	}

	/** True when a department in {@code regionCode} with this id is inside the caller's scope. */
	boolean covers(String regionCode, long departmentId) {
		DataScope s = current();
		return s.coversRegion(regionCode) && s.coversDepartment(departmentId);
	}

	boolean coversRegion(String regionCode) {
		return current().coversRegion(regionCode);
	}

	String actor() {
		return currentUsers.actorName();
	}

}
