package org.weijian.region;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Divisions, their resident population and their grids over REST. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApiController {

	/** Children of a division come as one page of up to this many (no division has more). */
	private static final int CHILDREN_PAGE = PageQuery.MAX_SIZE;

	record PopulationChange(@Nullable Long residents, @Nullable Integer year, @Nullable Integer version) {
	}

	record Version(@Nullable Integer version) {
	}

	private final RegionBrowser browser;

	private final RegionPopulations populations;

	private final Grids grids;

	RegionApiController(RegionBrowser browser, RegionPopulations populations, Grids grids) {
		this.browser = browser;
		this.populations = populations;
		this.grids = grids;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('region:read')")
	PageResult<RegionBrowser.Row> provinces() {
		var rows = browser.roots();
		return PageResult.of(rows, PageQuery.of(0, CHILDREN_PAGE), rows.size());
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasAuthority('region:read')")
	RegionBrowser.Detail region(@PathVariable String code) {
		return browser.detail(code);
	}

	@GetMapping("/{code}/children")
	@PreAuthorize("hasAuthority('region:read')")
	PageResult<RegionBrowser.Row> children(@PathVariable String code, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size == null ? CHILDREN_PAGE : size);
		var all = browser.children(code);
		int from = (int) Math.min(all.size(), query.offset());
		return PageResult.of(all.subList(from, Math.min(all.size(), from + query.size())), query, all.size());
	}

	@PutMapping("/{code}/population")
	@PreAuthorize("hasAuthority('region:write')")
	RegionBrowser.Detail recordPopulation(@PathVariable String code, @RequestBody PopulationChange change) {
		populations.record(code, change.residents(), change.year(), change.version());
		return browser.detail(code);
	}

	@DeleteMapping("/{code}/population")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('region:write')")
	void clearPopulation(@PathVariable String code, @RequestParam(required = false) Integer version) {
		populations.clear(code, version);
	}

	@GetMapping("/{code}/grids")
	@PreAuthorize("hasAuthority('region:read')")
	PageResult<Grid> grids(@PathVariable String code, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		browser.visible(code);
		return grids.within(code, PageQuery.of(page, size));
	}

}
