package org.weijian.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The division tree held in memory: about 45,000 rows that change only when a new data set is loaded,
 * so look-ups and breadcrumbs never touch the database. Populations, which users edit, are not cached.
 */
@Component
class RegionCatalogue {

	private final JdbcClient jdbc;

	private volatile Map<String, Region> byCode = Map.of();

	private volatile Map<String, List<Region>> childrenByParent = Map.of();

	RegionCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	synchronized void reload() {
		Map<String, Region> codes = new HashMap<>();
		Map<String, List<Region>> children = new HashMap<>();
		jdbc.sql("SELECT code, name, level, parent_code FROM region ORDER BY code")
			.query((rs, i) -> new Region(rs.getString(1), rs.getString(2), RegionLevel.valueOf(rs.getString(3)), rs.getString(4)))
			.list()
			.forEach(r -> {
				codes.put(r.code(), r);
				children.computeIfAbsent(r.parentCode() == null ? "" : r.parentCode(), k -> new ArrayList<>()).add(r);
			});
		children.values().forEach(l -> l.sort(Comparator.comparing(Region::code)));
		children.replaceAll((k, v) -> List.copyOf(v));
		this.byCode = Collections.unmodifiableMap(codes);
		this.childrenByParent = Collections.unmodifiableMap(children);
	}

	Optional<Region> find(String code) {
		if (byCode.isEmpty()) {
			reload();
		}
		return Optional.ofNullable(byCode.get(code));
	}

	List<Region> children(String parentCode) {
		if (byCode.isEmpty()) {
			reload();
		}
		return childrenByParent.getOrDefault(parentCode, List.of());
	}

	int size() {
		return byCode.size();
	}

}
