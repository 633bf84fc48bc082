package org.weijian.monitoring.institution;

import java.util.List;

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

/** Institution links over REST ({@code monitoring:rules}). */
@RestController
@RequestMapping("/api/v1/monitoring/institution-links")
class InstitutionLinkController {

	/** The body of a link request. */
	record LinkRequest(@Nullable Long subjectId) {
	}

	private final InstitutionLinks links;

	InstitutionLinkController(InstitutionLinks links) {
		this.links = links;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('monitoring:rules')")
	PageResult<InstitutionLink> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return links.list(PageQuery.of(page, size));
	}

	@GetMapping("/unlinked")
	@PreAuthorize("hasAuthority('monitoring:rules')")
	List<UnlinkedCode> unlinked() {
		return links.unlinked(PageQuery.MAX_SIZE);
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasAuthority('monitoring:rules')")
	InstitutionLink link(@PathVariable String code, @RequestBody(required = false) @Nullable LinkRequest body) {
		return links.link(code, body == null ? null : body.subjectId());
	}

	@DeleteMapping("/{code}")
	@PreAuthorize("hasAuthority('monitoring:rules')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unlink(@PathVariable String code) {
		links.unlink(code);
	}

}
