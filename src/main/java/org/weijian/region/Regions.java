package org.weijian.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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

	Regions(RegionCatalogue catalogue) {
		this.catalogue = catalogue;
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
