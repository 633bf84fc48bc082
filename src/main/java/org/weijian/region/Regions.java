package org.weijian.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.weijian.shared.DivisionCode;
import org.weijian.shared.InvalidValueException;
import org.weijian.shared.error.NotFoundException;

/**
 * The region module's API: find divisions, walk the tree, build full names. Other modules validate a
 * division code here before storing it.
 */
@Service
public class Regions {

	private final RegionCatalogue catalogue;

	private final JdbcClient jdbc;

	Regions(RegionCatalogue catalogue, JdbcClient jdbc) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
	}

	/**
	 * The division's resident population: its recorded figure, else the sum of the nearest recorded
	 * figures beneath it (the oldest of their years); empty when nothing in the subtree is recorded.
	 */
	public Optional<Population> population(String code) {
		Region region = get(code);
		Map<String, long[]> recorded = new HashMap<>();
		jdbc.sql("SELECT code, population, population_year FROM region WHERE code LIKE ? AND population IS NOT NULL")
			.param(region.prefix() + "%")
			.query((rs, i) -> recorded.put(rs.getString(1), new long[] { rs.getLong(2), rs.getInt(3) }))
			.list();
		long[] own = recorded.get(region.code());
		if (own != null) {
			return Optional.of(new Population(own[0], own[1] == 0 ? null : (int) own[1], Population.Source.RECORDED));
		}
		long[] sum = sumBelow(region.code(), recorded);
		return sum[2] == 0 ? Optional.empty()
				: Optional.of(new Population(sum[0], sum[1] == Long.MAX_VALUE ? null : (int) sum[1], Population.Source.SUM_OF_DESCENDANTS));
	}

	/** {residents, oldest year, number of recorded divisions} over the nearest recorded descendants. */
	private long[] sumBelow(String code, Map<String, long[]> recorded) {
		long[] total = { 0, Long.MAX_VALUE, 0 };
		for (Region child : catalogue.children(code)) {
			long[] own = recorded.get(child.code());
			long[] part = own != null ? new long[] { own[0], own[1] == 0 ? Long.MAX_VALUE : own[1], 1 } : sumBelow(child.code(), recorded);
			total[0] += part[0];
			total[1] = Math.min(total[1], part[1]);
			total[2] += part[2];
		}
		return total;
	}

	/** The division with this code (6 or 9 digits, or a 12-digit statistical code), if it exists. */
	public Optional<Region> find(String code) {
		try {
			return catalogue.find(DivisionCode.of(code).value());
		}
		catch (InvalidValueException ex) {
			return Optional.empty();
		}
	}

	public Region get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("error.division.unknown", code));
	}

	public boolean exists(String code) {
		return find(code).isPresent();
	}

	public List<Region> provinces() {
		return catalogue.children("");
	}

	public List<Region> children(String code) {
		return catalogue.children(get(code).code());
	}

	/** The division and its ancestors, from the province down. */
	public List<Region> path(String code) {
		List<Region> path = new ArrayList<>();
		Optional<Region> current = find(code);
		while (current.isPresent()) {
			path.add(current.get());
			current = Optional.ofNullable(current.get().parentCode()).flatMap(catalogue::find);
		}
		Collections.reverse(path);
		return path;
	}

	/** The full name, e.g. 辽宁省盘锦市双台子区; municipal 市辖区 levels are skipped. */
	public String fullName(String code) {
		return path(code).stream().map(Region::name).filter(n -> !n.equals("市辖区")).collect(Collectors.joining());
	}

	/** Every division of {@code level} within the subtree of {@code code}, in code order. */
	public List<Region> descendants(String code, RegionLevel level) {
		List<Region> out = new ArrayList<>();
		collect(get(code), level, out);
		return out;
	}

	private void collect(Region r, RegionLevel level, List<Region> out) {
		if (r.level() == level) {
			out.add(r);
			return;
		}
		for (Region child : catalogue.children(r.code())) {
			collect(child, level, out);
		}
	}

}
