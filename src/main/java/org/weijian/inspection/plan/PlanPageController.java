package org.weijian.inspection.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.weijian.agency.DepartmentFilter;
import org.weijian.agency.DepartmentStatus;
import org.weijian.agency.Departments;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.Permission;
import org.weijian.registry.SubjectCategoryCatalogue;
import org.weijian.registry.SubjectKind;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;

/** Pages for random inspection plans: list, form (new and edit), detail with versions, approve and withdraw. */
@Controller
@RequestMapping("/inspection/plans")
class PlanPageController {

	private final Plans plans;

	private final PlanRules rules;

	private final PlanChecker checker;

	private final Departments departments;

	private final SubjectCategoryCatalogue categories;

	private final CurrentUsers currentUsers;

	private final ApiProblems problems;

	private final List<PlanActions> actions;

	PlanPageController(Plans plans, PlanRules rules, PlanChecker checker, Departments departments, SubjectCategoryCatalogue categories,
			CurrentUsers currentUsers, ApiProblems problems, List<PlanActions> actions) {
		this.plans = plans;
		this.rules = rules;
		this.checker = checker;
		this.departments = departments;
		this.categories = categories;
		this.currentUsers = currentUsers;
		this.problems = problems;
		this.actions = actions;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('inspection:read')")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String year,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("year", year);
		model.addAttribute("statuses", PlanStatus.values());
		problems.attempt(model, () -> model.addAttribute("result", plans.page(status, year, PageQuery.of(page, 50))));
		return "inspection/plan/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('inspection:plan')")
	String newForm(Model model) {
		LocalDate today = checker.today();
		return form(model, PlanForm.defaults(today.getYear(), currentUsers.scope().regionCode(), rules), null);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('inspection:plan')")
	String create(@RequestParam MultiValueMap<String, String> request, Model model, RedirectAttributes redirect) {
		PlanForm form = PlanForm.fromRequest(request);
		PlanView[] created = new PlanView[1];
		if (problems.attempt(model, () -> created[0] = plans.create(form.toDraft()))) {
			redirect.addFlashAttribute("notice", "plan.created");
			return "redirect:/inspection/plans/" + created[0].id();
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('inspection:read')")
	String detail(@PathVariable long id, Model model) {
		PlanView plan = plans.get(id);
		List<PlanVersion> versions = plans.versions(id);
		model.addAttribute("plan", plan);
		model.addAttribute("versions", versions);
		model.addAttribute("current", versions.stream().filter(v -> v.id() == id).findFirst().orElseThrow());
		model.addAttribute("editable", plan.status() == PlanStatus.DRAFT || plan.status() == PlanStatus.APPROVED);
		model.addAttribute("mayWithdraw", plan.status() == PlanStatus.DRAFT && has(Permission.INSPECTION_PLAN)
				|| plan.status() == PlanStatus.APPROVED && has(Permission.INSPECTION_APPROVE));
		model.addAttribute("categoryNames", categoryNames());
		model.addAttribute("planActions", actions.stream().flatMap(a -> a.actions(plan).stream()).toList());
		return "inspection/plan/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('inspection:plan')")
	String editForm(@PathVariable long id, Model model) {
		PlanView plan = plans.get(id);
		return form(model, PlanForm.of(plan), plan);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('inspection:plan')")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> request, Model model, RedirectAttributes redirect) {
		PlanForm form = PlanForm.fromRequest(request);
		PlanView[] saved = new PlanView[1];
		if (problems.attempt(model, () -> saved[0] = plans.update(id, form.toDraft()))) {
			if (saved[0].id() != id) {
				redirect.addFlashAttribute("notice", "plan.versioned.done");
				redirect.addFlashAttribute("noticeArg", saved[0].version());
			}
			else {
				redirect.addFlashAttribute("notice", "plan.saved");
			}
			return "redirect:/inspection/plans/" + saved[0].id();
		}
		return form(model, form, plans.get(id));
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasAuthority('inspection:approve')")
	String approve(@PathVariable long id, @RequestParam(required = false) Integer rowVersion, Model model, RedirectAttributes redirect) {
		if (problems.attempt(model, () -> plans.approve(id, rowVersion))) {
			redirect.addFlashAttribute("notice", "plan.approved.done");
			return "redirect:/inspection/plans/" + id;
		}
		return detail(id, model);
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAnyAuthority('inspection:plan', 'inspection:approve')")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) Integer rowVersion,
			Model model, RedirectAttributes redirect) {
		if (problems.attempt(model, () -> plans.withdraw(id, reason, rowVersion))) {
			redirect.addFlashAttribute("notice", "plan.withdrawn.done");
			return "redirect:/inspection/plans/" + id;
		}
		return detail(id, model);
	}

	private String form(Model model, PlanForm form, @Nullable PlanView plan) {
		model.addAttribute("form", form);
		model.addAttribute("plan", plan);
		model.addAttribute("levels", PlanLevel.values());
		model.addAttribute("modes", RatioMode.values());
		model.addAttribute("kinds", SubjectKind.values());
		model.addAttribute("tiers", PlanChecker.TIERS);
		model.addAttribute("categories", categories.all().stream().filter(c -> c.active()).toList());
		model.addAttribute("departments", departments.page(DepartmentFilter.NONE, PageQuery.of(0, PageQuery.MAX_SIZE))
			.items()
			.stream()
			.filter(d -> d.status() == DepartmentStatus.ACTIVE)
			.toList());
		model.addAttribute("sourceRows", IntStream.range(0, PlanForm.SOURCE_ROWS).boxed().toList());
		model.addAttribute("departmentRows", IntStream.range(0, PlanForm.DEPARTMENT_ROWS).boxed().toList());
		model.addAttribute("minInspectors", rules.minInspectorsPerTask());
		model.addAttribute("defaultPublicationDays", rules.defaultPublicationWorkingDays());
		model.addAttribute("rules", rules.all());
		return "inspection/plan/form";
	}

	private Map<String, String> categoryNames() {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		Map<String, String> names = new java.util.HashMap<>();
		categories.all().forEach(c -> names.put(c.code(), c.name(locale)));
		return names;
	}

	private boolean has(Permission permission) {
		return currentUsers.find().map(u -> u.has(permission)).orElse(false);
	}


}
