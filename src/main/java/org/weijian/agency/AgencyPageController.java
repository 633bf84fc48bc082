package org.weijian.agency;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.weijian.identity.CurrentUsers;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;

/** Pages for departments and their duty lists, inspectors, and staffing figures. */
@Controller
class AgencyPageController {

	private final Departments departments;

	private final Inspectors inspectors;

	private final Staffing staffing;

	private final ApiProblems problems;

	private final CurrentUsers currentUsers;

	AgencyPageController(Departments departments, Inspectors inspectors, Staffing staffing, ApiProblems problems,
			CurrentUsers currentUsers) {
		this.departments = departments;
		this.inspectors = inspectors;
		this.staffing = staffing;
		this.problems = problems;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/departments")
	@PreAuthorize("hasAuthority('agency:read')")
	String departments(@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("region", region);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", DepartmentKind.values());
		if (!model.containsAttribute("result")) {
			problems.attempt(model, () -> model.addAttribute("result", departments.page(new DepartmentFilter(region, kind), PageQuery.of(page, 50))));
		}
		return "agency/departments";
	}

	@PostMapping("/departments")
	@PreAuthorize("hasAuthority('agency:write')")
	String create(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String regionCode, Model model) {
		DepartmentView[] created = new DepartmentView[1];
		if (problems.attempt(model, () -> created[0] = departments.create(new NewDepartment(code, name, kind, regionCode)))) {
			return "redirect:/departments/" + created[0].id();
		}
		model.addAttribute("form", Map.of("code", nz(code), "name", nz(name), "kind", nz(kind), "regionCode", nz(regionCode)));
		return departments(null, null, 0, model);
	}

	@GetMapping("/departments/{id}")
	@PreAuthorize("hasAuthority('agency:read')")
	String department(@PathVariable long id, Model model) {
		model.addAttribute("department", departments.get(id));
		model.addAttribute("duties", departments.duties(id));
		model.addAttribute("domains", SupervisionDomain.values());
		model.addAttribute("statuses", DepartmentStatus.values());
		return "agency/department";
	}

	@PostMapping("/departments/{id}")
	@PreAuthorize("hasAuthority('agency:write')")
	String change(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String status,
			@RequestParam int version, Model model, RedirectAttributes redirect) {
		return saved(id, model, redirect, () -> departments.change(id, new DepartmentChange(name, status, version)));
	}

	@PostMapping("/departments/{id}/duties")
	@PreAuthorize("hasAuthority('agency:write')")
	String addDuty(@PathVariable long id, @RequestParam(required = false) String domain, @RequestParam(required = false) String text,
			@RequestParam(required = false) String legalBasis, Model model, RedirectAttributes redirect) {
		return saved(id, model, redirect, () -> departments.addDuty(id, new DutyDraft(domain, text, legalBasis, null)));
	}

	@PostMapping("/departments/{id}/duties/{dutyId}")
	@PreAuthorize("hasAuthority('agency:write')")
	String changeDuty(@PathVariable long id, @PathVariable long dutyId, @RequestParam(required = false) String domain,
			@RequestParam(required = false) String text, @RequestParam(required = false) String legalBasis,
			@RequestParam int version, Model model, RedirectAttributes redirect) {
		return saved(id, model, redirect, () -> departments.changeDuty(id, dutyId, new DutyDraft(domain, text, legalBasis, version)));
	}

	@PostMapping("/departments/{id}/duties/{dutyId}/remove")
	@PreAuthorize("hasAuthority('agency:write')")
	String removeDuty(@PathVariable long id, @PathVariable long dutyId, Model model, RedirectAttributes redirect) {
		return saved(id, model, redirect, () -> {
			departments.removeDuty(id, dutyId);
			return null;
		});
	}

	private String saved(long id, Model model, RedirectAttributes redirect, Supplier<@Nullable Object> action) {
		if (problems.attempt(model, action::get)) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/departments/" + id;
		}
		return department(id, model);
	}

	@GetMapping("/inspectors")
	@PreAuthorize("hasAuthority('agency:read')")
	String inspectors(@RequestParam(required = false) String q, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String specialty,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("departmentId", departmentId);
		model.addAttribute("status", status);
		model.addAttribute("specialty", specialty);
		model.addAttribute("departments", departments.page(DepartmentFilter.NONE, PageQuery.of(0, PageQuery.MAX_SIZE)).items());
		model.addAttribute("statuses", InspectorStatus.values());
		model.addAttribute("domains", SupervisionDomain.values());
		problems.attempt(model, () -> model.addAttribute("result",
				inspectors.page(new InspectorFilter(q, departmentId, status, specialty, null), PageQuery.of(page, 50))));
		return "agency/inspectors";
	}

	@PostMapping("/inspectors")
	@PreAuthorize("hasAuthority('agency:write')")
	String createInspector(@RequestParam(required = false) String name, @RequestParam(required = false) String certificateNo,
			@RequestParam(required = false) String certificateValidFrom, @RequestParam(required = false) String certificateValidTo,
			@RequestParam(required = false) Long departmentId, @RequestParam(required = false) String jurisdictionCode,
			@RequestParam(required = false) List<String> specialties, @RequestParam(required = false) String phone, Model model) {
		InspectorProfile[] created = new InspectorProfile[1];
		if (problems.attempt(model, () -> created[0] = inspectors.create(new NewInspector(name, certificateNo, certificateValidFrom,
				certificateValidTo, departmentId, jurisdictionCode, specialties, phone)))) {
			return "redirect:/inspectors/" + created[0].id();
		}
		return inspectors(null, null, null, null, 0, model);
	}

	@GetMapping("/inspectors/{id}")
	@PreAuthorize("hasAuthority('agency:read')")
	String inspector(@PathVariable long id, Model model) {
		model.addAttribute("inspector", inspectors.get(id));
		model.addAttribute("history", inspectors.history(id));
		model.addAttribute("domains", SupervisionDomain.values());
		model.addAttribute("departments", departments.page(DepartmentFilter.NONE, PageQuery.of(0, PageQuery.MAX_SIZE)).items());
		return "agency/inspector";
	}

	@PostMapping("/inspectors/{id}")
	@PreAuthorize("hasAuthority('agency:write')")
	String changeInspector(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String certificateNo, @RequestParam(required = false) String certificateValidFrom,
			@RequestParam(required = false) String certificateValidTo, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) String jurisdictionCode, @RequestParam(required = false) List<String> specialties,
			@RequestParam(required = false) String phone, @RequestParam int version, Model model, RedirectAttributes redirect) {
		return statusChanged(id, model, redirect, () -> inspectors.change(id, new InspectorChange(name, certificateNo,
				certificateValidFrom, certificateValidTo, departmentId, jurisdictionCode, specialties,
				phone == null || phone.isBlank() ? null : phone, version)));
	}

	@PostMapping("/inspectors/{id}/suspend")
	@PreAuthorize("hasAuthority('agency:write')")
	String suspend(@PathVariable long id, @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return statusChanged(id, model, redirect, () -> inspectors.suspend(id, reason));
	}

	@PostMapping("/inspectors/{id}/reactivate")
	@PreAuthorize("hasAuthority('agency:write')")
	String reactivate(@PathVariable long id, @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return statusChanged(id, model, redirect, () -> inspectors.reactivate(id, reason));
	}

	private String statusChanged(long id, Model model, RedirectAttributes redirect, Supplier<Object> action) {
		if (problems.attempt(model, action::get)) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/inspectors/" + id;
		}
		return inspector(id, model);
	}

	@GetMapping("/staffing")
	@PreAuthorize("hasAuthority('agency:read')")
	String staffing(@RequestParam(required = false) String region, Model model) {
		String root = region == null || region.isBlank() ? currentUsers.scope().regionCode() : region.strip();
		model.addAttribute("region", root);
		model.addAttribute("standard", staffing.standard());
		model.addAttribute("mayChangeStandard", currentUsers.scope().unrestrictedRegion());
		if (root != null) {
			problems.attempt(model, () -> model.addAttribute("figures", staffing.byCounty(root)));
		}
		return "agency/staffing";
	}

	@PostMapping("/staffing/standards")
	@PreAuthorize("hasAuthority('agency:write')")
	String changeStandard(@RequestParam(required = false) BigDecimal minPerTenThousand,
			@RequestParam(required = false) BigDecimal maxPerTenThousand, @RequestParam(required = false) String legalBasis,
			@RequestParam(required = false) String notes, @RequestParam(defaultValue = "false") boolean verified,
			@RequestParam int version, @RequestParam(required = false) String region, Model model, RedirectAttributes redirect) {
		if (problems.attempt(model, () -> staffing.changeStandard(new StaffingStandardChange(StaffingStandard.CODE, minPerTenThousand,
				maxPerTenThousand, legalBasis, notes, verified, version)))) {
			redirect.addFlashAttribute("saved", true);
			return region == null || region.isBlank() ? "redirect:/staffing" : "redirect:/staffing?region=" + region.strip();
		}
		return staffing(region, model);
	}


	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

}
