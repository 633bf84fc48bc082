package org.weijian.region;

/** The level of an administrative division: 省级, 地级, 县级, 乡级 (towns and streets). */
public enum RegionLevel {

	PROVINCE, CITY, COUNTY, TOWN;

	public String messageKey() {
		return "region.level." + name();
	}

}
