package org.weijian.agency;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.weijian.identity.ScopeTargets;

/** Tells identity which departments exist and where, for users' data scopes. */
@Component
class AgencyScopeTargets implements ScopeTargets {

	private final DepartmentStore store;

	AgencyScopeTargets(DepartmentStore store) {
		this.store = store;
	}

	@Override
	public Optional<String> departmentRegion(long departmentId) {
		return store.byId(departmentId).map(DepartmentView::regionCode);
	}

}
