package org.weijian.monitoring.lead;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;

/** Pages for leads: the filtered list with bulk 初审, a lead with its finding, timeline and the form of its stage; stage limits. */
@Controller
class LeadPageController {

	private final Leads leads;

	private final StageLimits limits;

	private final ApiProblems problems;

	LeadPageController(Leads leads, StageLimits limits, ApiProblems problems) {
		this.leads = leads;
		this.limits = limits;
		this.problems = problems;
	}

	@GetMapping("/monitoring/leads")
	@PreAuthorize("hasAuthority('monitoring:read')")
	String list(@RequestParam(required = false) String stage, @RequestParam(required = false) String rule,
			@RequestParam(required = false) String institution, @RequestParam(required = false) Long run,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page, Model model) {
		LeadFilter filter = new LeadFilter(stage, rule, institution, run, overdue);
		model.addAttribute("filter", filter);
		model.addAttribute("stages", LeadStage.values());
		model.addAttribute("result", leads.list(filter, PageQuery.of(page, 50)));
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/monitoring/leads");
		add(url, "stage", stage);
		add(url, "rule", rule);
		add(url, "institution", institution);
		add(url, "run", run);
		add(url, "overdue", Boolean.TRUE.equals(overdue) ? "true" : null);
		model.addAttribute("pageUrl", url.queryParam("page", "__PAGE__").build().toUriString());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "monitoring/leads";
	}

	@PostMapping("/monitoring/leads/initial-review")
	@PreAuthorize("hasAuthority('monitoring:review')")
	String bulk(@RequestParam(required = false) List<Long> leadIds, @RequestParam(required = false) Long runId,
			@RequestParam(required = false) String ruleCode, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		BulkResult[] result = new BulkResult[1];
		if (!problems.attempt(model, () -> result[0] = leads.initialReviewBulk(new BulkReview(leadIds, runId, ruleCode, decision, note)))) {
			return list(null, null, null, runId, null, null, model);
		}
		redirect.addFlashAttribute("bulkCount", result[0].count());
		redirect.addFlashAttribute("bulkTo", result[0].to().messageKey());
		return "redirect:/monitoring/leads" + (runId != null ? "?run=" + runId : "");
	}

	@GetMapping("/monitoring/leads/{id}")
	@PreAuthorize("hasAuthority('monitoring:read')")
	String lead(@PathVariable long id, Model model) {
		model.addAttribute("detail", leads.detail(id));
		model.addAttribute("measures", DisposalMeasure.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "monitoring/lead";
	}

	@PostMapping("/monitoring/leads/{id}/initial-review")
	@PreAuthorize("hasAuthority('monitoring:review')")
	String initialReview(@PathVariable long id, @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, () -> leads.initialReview(id, new LeadDecision(decision, note)));
	}

	@PostMapping("/monitoring/leads/{id}/second-review")
	@PreAuthorize("hasAuthority('monitoring:review')")
	String secondReview(@PathVariable long id, @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, () -> leads.secondReview(id, new LeadDecision(decision, note)));
	}

	@PostMapping("/monitoring/leads/{id}/verification")
	@PreAuthorize("hasAuthority('monitoring:verify')")
	String verify(@PathVariable long id, @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, () -> leads.verify(id, new LeadDecision(decision, note)));
	}

	@PostMapping("/monitoring/leads/{id}/disposal")
	@PreAuthorize("hasAuthority('monitoring:decide')")
	String dispose(@PathVariable long id, @RequestParam(required = false) List<String> measures,
			@RequestParam(required = false) String amountRecovered, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		return act(id, model, redirect, () -> leads.dispose(id, new Disposal(measures, amountRecovered, note)));
	}

	@GetMapping("/monitoring/stage-limits")
	@PreAuthorize("hasAuthority('monitoring:rules')")
	String stageLimits(Model model) {
		model.addAttribute("limits", limits.list());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "monitoring/stage-limits";
	}

	@PostMapping("/monitoring/stage-limits/{stage}")
	@PreAuthorize("hasAuthority('monitoring:rules')")
	String changeLimit(@PathVariable String stage, @RequestParam(required = false) String days,
			@RequestParam(required = false) String legalBasis, @RequestParam(required = false) Integer version, Model model,
			RedirectAttributes redirect) {
		if (!problems.attempt(model, () -> limits.update(stage, days, legalBasis, version))) {
			return stageLimits(model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/monitoring/stage-limits";
	}

	private String act(long id, Model model, RedirectAttributes redirect, Runnable action) {
		if (!problems.attempt(model, action)) {
			return lead(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/monitoring/leads/" + id;
	}

	private static void add(UriComponentsBuilder url, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			url.queryParam(name, value);
		}
	}

}
