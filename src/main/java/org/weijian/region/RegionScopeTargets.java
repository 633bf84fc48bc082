package org.weijian.region;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.weijian.identity.ScopeTargets;

/** Tells identity which division codes exist, for users' data scopes. */
@Component
class RegionScopeTargets implements ScopeTargets {

	private final Regions regions;

	RegionScopeTargets(Regions regions) {
		this.regions = regions;
	}

	@Override
	public Optional<String> regionName(String code) {
		return regions.find(code).map(r -> regions.fullName(r.code()));
	}

}
