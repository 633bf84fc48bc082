package org.weijian.region;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.shared.DivisionCode;
import org.weijian.shared.InvalidValueException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violation;

/**
 * What the region pages and REST API show: a user sees the divisions of their scope and the path down to
 * it (a 莱芜区 user sees 山东省 and 济南市, but not 济南市's other districts); anything else answers 404.
 */
@Component
class RegionBrowser {

	/** A division as a row of a list, with its population and where that figure comes from. */
	record Row(String code, String name, RegionLevel level, @Nullable String parentCode, @Nullable Population population) {
	}

	/** One division in full: its path from the province down, its population and the version to edit it with. */
	record Detail(String code, String name, RegionLevel level, @Nullable String parentCode, String fullName,
			String statisticalCode, List<Row> path, @Nullable Population population, int version) {
	}

	private final Regions regions;

	private final RegionPopulations populations;

	private final CurrentUsers currentUsers;

	RegionBrowser(Regions regions, RegionPopulations populations, CurrentUsers currentUsers) {
		this.regions = regions;
		this.populations = populations;
		this.currentUsers = currentUsers;
	}

	/** The top of the caller's tree: the provinces for an unrestricted scope, else those on the way to it. */
	List<Row> roots() {
		return regions.provinces().stream().filter(this::visible).map(this::row).toList();
	}

	Detail detail(String code) {
		Region r = visible(code);
		return new Detail(r.code(), r.name(), r.level(), r.parentCode(), regions.fullName(r.code()), r.statisticalCode(),
				regions.path(r.code()).stream().map(p -> new Row(p.code(), p.name(), p.level(), p.parentCode(), null)).toList(),
				regions.population(r.code()).orElse(null), populations.version(r.code()));
	}

	List<Row> children(String code) {
		return regions.children(visible(code).code()).stream().filter(this::visible).map(this::row).toList();
	}

	/** The division if the caller may see it: 400 naming {@code code} when malformed, 404 when unknown or hidden. */
	Region visible(String code) {
		String value;
		try {
			value = DivisionCode.of(code).value();
		}
		catch (InvalidValueException ex) {
			throw new InvalidInputException(Violation.of("code", ex));
		}
		return regions.find(value).filter(this::visible).orElseThrow(() -> new NotFoundException("error.division.unknown", value));
	}

	/** Where the caller starts browsing: their scope's division, or null for everything. */
	@Nullable String scopeRoot() {
		return currentUsers.scope().regionCode();
	}

	boolean writable(Region region) {
		DataScope scope = currentUsers.scope();
		return scope.coversRegion(region.code()) && !scope.restrictedToInstitution();
	}

	private boolean visible(Region region) {
		DataScope scope = currentUsers.scope();
		return scope.coversRegion(region.code()) || (scope.regionCode() != null && scope.regionCode().startsWith(region.prefix()));
	}

	private Row row(Region r) {
		return new Row(r.code(), r.name(), r.level(), r.parentCode(), regions.population(r.code()).orElse(null));
	}

}
