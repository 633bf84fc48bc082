package org.weijian.demo;

import java.util.List;

/** A county-level area the demo fills: its code and name, its city's short name and its towns. */
record Area(String countyCode, String countyName, String cityShortName, List<Town> towns, int weight) {

	record Town(String code, String name) {
	}

}
