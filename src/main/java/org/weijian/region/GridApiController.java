package org.weijian.region;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violations;

/** Grids and their staff over REST; phone numbers leave only masked. */
@RestController
@RequestMapping("/api/v1/grids")
class GridApiController {

	/** A grid with its town's name and its staff. */
	record GridView(long id, String code, String name, String townCode, String townName, GridStatus status, int version,
			List<GridStaff> staff) {
	}

	record StaffEnd(@Nullable String toDate) {
	}

	record Retirement(@Nullable Integer version) {
	}

	private final Grids grids;

	private final Regions regions;

	GridApiController(Grids grids, Regions regions) {
		this.grids = grids;
		this.regions = regions;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('region:write')")
	GridView create(@RequestBody NewGrid request) {
		return view(grids.create(request));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('region:read')")
	GridView grid(@PathVariable long id) {
		return view(grids.get(id));
	}

	@PostMapping("/{id}/staff")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('region:write')")
	GridStaff assign(@PathVariable long id, @RequestBody NewGridStaff request) {
		return grids.assign(id, request);
	}

	@PostMapping("/{id}/staff/{staffId}/end")
	@PreAuthorize("hasAuthority('region:write')")
	GridStaff end(@PathVariable long id, @PathVariable long staffId, @RequestBody(required = false) @Nullable StaffEnd request) {
		LocalDate to = null;
		if (request != null && request.toDate() != null && !request.toDate().isBlank()) {
			Violations v = new Violations();
			to = Grids.date(v, "toDate", request.toDate());
			v.throwIfAny();
		}
		return grids.end(id, staffId, to);
	}

	@PostMapping("/{id}/retire")
	@PreAuthorize("hasAuthority('region:write')")
	GridView retire(@PathVariable long id, @RequestBody(required = false) @Nullable Retirement request) {
		if (request == null || request.version() == null) {
			throw InvalidInputException.of("version", "error.field.required");
		}
		return view(grids.retire(id, request.version()));
	}

	private GridView view(Grid g) {
		return new GridView(g.id(), g.code(), g.name(), g.townCode(), regions.fullName(g.townCode()), g.status(), g.version(),
				grids.staff(g.id()));
	}

}
