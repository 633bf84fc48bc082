package org.weijian.agency;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The login account an inspector works under, over REST ({@code null} username unlinks). */
@RestController
@RequestMapping("/api/v1/inspectors/{id}/account")
class InspectorAccountApiController {

	record AccountLink(@Nullable String username) {
	}

	private final Inspectors inspectors;

	InspectorAccountApiController(Inspectors inspectors) {
		this.inspectors = inspectors;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('agency:read')")
	Map<String, @Nullable Object> get(@PathVariable long id) {
		Map<String, @Nullable Object> out = new LinkedHashMap<>();
		out.put("inspectorId", id);
		out.put("username", inspectors.accountOf(id).orElse(null));
		return out;
	}

	@PutMapping
	@PreAuthorize("hasAuthority('agency:write')")
	Map<String, @Nullable Object> link(@PathVariable long id, @RequestBody AccountLink request) {
		inspectors.linkAccount(id, request.username());
		return get(id);
	}

}
