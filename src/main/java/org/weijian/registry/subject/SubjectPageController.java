package org.weijian.registry.subject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.weijian.identity.CurrentUsers;
import org.weijian.region.Region;
import org.weijian.region.Regions;
import org.weijian.registry.PractitionerQuery;
import org.weijian.registry.Practitioners;
import org.weijian.registry.SearchResult;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.SubjectQuery;
import org.weijian.registry.SubjectStatus;
import org.weijian.registry.SubjectSummary;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.web.PageQuery;

/** Pages: institution and unit search with filters and paging, and their detail pages. */
@Controller
class SubjectPageController {

	private final SubjectSearch search;

	private final SubjectRegistration registration;

	private final SubjectCategories categories;

	private final Practitioners practitioners;

	private final Regions regions;

	private final CurrentUsers currentUsers;

	private final SubjectExporter exporter;

	SubjectPageController(SubjectSearch search, SubjectRegistration registration, SubjectCategories categories,
			Practitioners practitioners, Regions regions, CurrentUsers currentUsers, SubjectExporter exporter) {
		this.exporter = exporter;
		this.search = search;
		this.registration = registration;
		this.categories = categories;
		this.practitioners = practitioners;
		this.regions = regions;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/institutions")
	@PreAuthorize("hasAuthority('registry:read')")
	String institutions(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model) {
		return list(SubjectKind.MEDICAL_INSTITUTION, "/institutions", q, category, region, status, page, model);
	}

	@GetMapping("/units")
	@PreAuthorize("hasAuthority('registry:read')")
	String units(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model) {
		return list(SubjectKind.PUBLIC_HEALTH_UNIT, "/units", q, category, region, status, page, model);
	}

	@GetMapping("/institutions/{id}")
	@PreAuthorize("hasAuthority('registry:read')")
	String institution(@PathVariable long id, Model model) {
		SubjectRecord s = detail(id, SubjectKind.MEDICAL_INSTITUTION, model);
		model.addAttribute("staff", practitioners.search(new PractitionerQuery(null, null, s.id(), null, null), PageQuery.of(0, 50)));
		return "registry/institution";
	}

	@GetMapping("/units/{id}")
	@PreAuthorize("hasAuthority('registry:read')")
	String unit(@PathVariable long id, Model model) {
		detail(id, SubjectKind.PUBLIC_HEALTH_UNIT, model);
		return "registry/unit";
	}

	@GetMapping("/institutions/export")
	@PreAuthorize("hasAuthority('registry:export')")
	void exportInstitutions(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		export(SubjectKind.MEDICAL_INSTITUTION, "institutions", format, q, category, region, status, response);
	}

	@GetMapping("/units/export")
	@PreAuthorize("hasAuthority('registry:export')")
	void exportUnits(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		export(SubjectKind.PUBLIC_HEALTH_UNIT, "units", format, q, category, region, status, response);
	}

	private void export(SubjectKind kind, String what, String format, @Nullable String q, @Nullable String category,
			@Nullable String region, @Nullable String status, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		org.weijian.shared.io.TableWriter.Format f = org.weijian.shared.io.TableWriter.Format.parse(format);
		SubjectStatus st = status == null || status.isBlank() ? null : SubjectApiController.parse(SubjectStatus.class, "status", status);
		response.setContentType(f.contentType);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + what + "." + f.extension + "\"");
		exporter.export(kind, new SubjectQuery(q, kind, blank(category), blank(region), st, null), f, response.getOutputStream());
	}

	private String list(SubjectKind kind, String path, @Nullable String q, @Nullable String category, @Nullable String region,
			@Nullable String status, @Nullable Integer page, Model model) {
		SubjectStatus st = status == null || status.isBlank() ? null : SubjectApiController.parse(SubjectStatus.class, "status", status);
		SubjectQuery query = new SubjectQuery(q, kind, blank(category), blank(region), st, null);
		SearchResult<SubjectSummary> result = search.search(query, currentUsers.scope(), PageQuery.of(page, 20));
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		addParam(url, "q", q);
		addParam(url, "category", category);
		addParam(url, "region", region);
		addParam(url, "status", status);
		String base = url.encode().build().toUriString();
		model.addAttribute("result", result);
		model.addAttribute("q", q);
		model.addAttribute("category", category);
		model.addAttribute("region", region);
		model.addAttribute("status", status);
		model.addAttribute("categories", categories.of(kind));
		model.addAttribute("categoryNames", categoryNames());
		model.addAttribute("statuses", SubjectStatus.values());
		model.addAttribute("regionNames", regionNames(result.items().stream().map(SubjectSummary::regionCode).toList()));
		model.addAttribute("pageUrl", base + (base.contains("?") ? "&" : "?") + "page=__PAGE__");
		model.addAttribute("exportQuery", base.contains("?") ? base.substring(base.indexOf('?') + 1) : "");
		return kind == SubjectKind.MEDICAL_INSTITUTION ? "registry/institutions" : "registry/units";
	}

	private SubjectRecord detail(long id, SubjectKind kind, Model model) {
		SubjectRecord s = registration.visible(id);
		if (s.kind() != kind) {
			throw new NotFoundException("error.subject.not-found", id);
		}
		model.addAttribute("subject", s);
		model.addAttribute("category", categories.find(s.categoryCode()).orElse(null));
		model.addAttribute("regionName", regions.fullName(s.regionCode()));
		return s;
	}

	private Map<String, SubjectCategory> categoryNames() {
		Map<String, SubjectCategory> out = new HashMap<>();
		categories.all().forEach(c -> out.put(c.code(), c));
		return out;
	}

	private Map<String, String> regionNames(List<String> codes) {
		Map<String, String> out = new HashMap<>();
		for (String c : codes) {
			out.computeIfAbsent(c, k -> regions.find(k).map(Region::name).orElse(k));
		}
		return out;
	}

	private static void addParam(UriComponentsBuilder url, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			url.queryParam(name, value);
		}
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
