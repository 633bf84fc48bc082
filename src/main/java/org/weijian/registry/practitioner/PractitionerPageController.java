package org.weijian.registry.practitioner;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.weijian.identity.CurrentUsers;
import org.weijian.registry.Profession;

/** Pages: practitioner search with filters and paging, and the detail page (masked ID, filings). */
@Controller
class PractitionerPageController {

	private final PractitionerSearch search;

	private final PractitionerRegistry registry;

	private final CurrentUsers currentUsers;

	private final PractitionerExporter exporter;

	PractitionerPageController(PractitionerSearch search, PractitionerRegistry registry, CurrentUsers currentUsers,
			PractitionerExporter exporter) {
		this.exporter = exporter;
		this.search = search;
		this.registry = registry;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/practitioners")
	@PreAuthorize("hasAuthority('registry:read')")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String profession,
			@RequestParam(required = false) Long institution, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, Model model) {
		var query = PractitionerApiController.query(q, profession, institution, blank(region), null);
		model.addAttribute("result", search.search(query, currentUsers.scope(), org.weijian.shared.web.PageQuery.of(page, 20)));
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/practitioners");
		if (q != null && !q.isBlank()) {
			url.queryParam("q", q);
		}
		if (profession != null && !profession.isBlank()) {
			url.queryParam("profession", profession);
		}
		if (institution != null) {
			url.queryParam("institution", institution);
		}
		if (region != null && !region.isBlank()) {
			url.queryParam("region", region);
		}
		String base = url.encode().build().toUriString();
		// an ID number typed into the search is personal data: never echoed back into the page
		boolean idSearch = q != null && q.strip().toUpperCase(java.util.Locale.ROOT).matches("\\d{17}[0-9X]");
		model.addAttribute("pageUrl", base + (base.contains("?") ? "&" : "?") + "page=__PAGE__");
		model.addAttribute("exportQuery", idSearch ? null : base.contains("?") ? base.substring(base.indexOf('?') + 1) : "");
		model.addAttribute("q", idSearch ? org.weijian.shared.IdNumber.mask(q.strip()) : q);
		model.addAttribute("profession", profession);
		model.addAttribute("region", region);
		model.addAttribute("professions", Profession.values());
		return "registry/practitioners";
	}

	@GetMapping("/practitioners/export")
	@PreAuthorize("hasAuthority('registry:export')")
	void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) String profession, @RequestParam(required = false) Long institution,
			@RequestParam(required = false) String region, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		org.weijian.shared.io.TableWriter.Format f = org.weijian.shared.io.TableWriter.Format.parse(format);
		var query = PractitionerApiController.query(q, profession, institution, blank(region), null);
		response.setContentType(f.contentType);
		response.setHeader("Content-Disposition", "attachment; filename=\"practitioners." + f.extension + "\"");
		exporter.export(query, f, false, response.getOutputStream());
	}

	@GetMapping("/practitioners/{id}")
	@PreAuthorize("hasAuthority('registry:read')")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("p", registry.visible(id));
		return "registry/practitioner";
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
