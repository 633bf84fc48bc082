package org.weijian.inspection.tier;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.weijian.inspection.RiskTier;
import org.weijian.registry.SubjectQuery;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;

/** Pages: subjects with their tiers, one subject's tier with its history and forms, the key-supervision list. */
@Controller
class TierPageController {

	private static final int PAGE_SIZE = 50;

	private final RiskTiers tiers;

	private final ApiProblems problems;

	TierPageController(RiskTiers tiers, ApiProblems problems) {
		this.tiers = tiers;
		this.problems = problems;
	}

	/** A text search over the registry (with tiers), or else the subjects with a non-default tier, filtered. */
	@GetMapping("/inspection/tiers")
	@PreAuthorize("hasAuthority('inspection:read')")
	String tiers(@RequestParam(required = false) String q, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String source, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("tier", tier);
		model.addAttribute("source", source);
		model.addAttribute("tiers", RiskTier.values());
		model.addAttribute("sources", List.of(TierSource.MANUAL, TierSource.KEY_SUPERVISION));
		model.addAttribute("rules", tiers.rules());
		model.addAttribute("defaultTier", tiers.defaultTier());
		problems.attempt(model, () -> {
			if (q != null && !q.isBlank()) {
				model.addAttribute("found", tiers.search(new SubjectQuery(q.strip(), null, null, null, null, null), PageQuery.of(page, PAGE_SIZE)));
			}
			else {
				Violations v = new Violations();
				RiskTier t = TierText.tier(v, "tier", tier, false);
				TierSource s = TierText.source(v, "source", source);
				v.throwIfAny();
				model.addAttribute("result", tiers.assigned(t, s, PageQuery.of(page, PAGE_SIZE)));
			}
		});
		return "inspection/tier/tiers";
	}

	@GetMapping("/inspection/tiers/key-supervision")
	@PreAuthorize("hasAuthority('inspection:read')")
	String keySupervision(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("result", tiers.assigned(null, TierSource.KEY_SUPERVISION, PageQuery.of(page, PAGE_SIZE)));
		return "inspection/tier/key-supervision";
	}

	@PostMapping("/inspection/tiers/key-supervision")
	@PreAuthorize("hasAuthority('inspection:tier')")
	String list(@RequestParam(required = false) String subjectId, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		Violations v = new Violations();
		Long id = v.parse("subjectId", subjectId, TierPageController::id);
		if (problems.attempt(model, () -> {
			v.throwIfAny();
			tiers.listKeySupervision(id, reason);
		})) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/inspection/tiers/key-supervision";
		}
		model.addAttribute("form", java.util.Map.of("subjectId", subjectId == null ? "" : subjectId, "reason", reason == null ? "" : reason));
		return keySupervision(0, model);
	}

	@GetMapping("/inspection/tiers/{subjectId}")
	@PreAuthorize("hasAuthority('inspection:read')")
	String subject(@PathVariable long subjectId, Model model) {
		model.addAttribute("subject", tiers.get(subjectId));
		model.addAttribute("history", tiers.history(subjectId));
		model.addAttribute("tiers", RiskTier.values());
		return "inspection/tier/subject";
	}

	@PostMapping("/inspection/tiers/{subjectId}")
	@PreAuthorize("hasAuthority('inspection:tier')")
	String set(@PathVariable long subjectId, @RequestParam(required = false) String tier, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		return saved(subjectId, model, redirect, () -> {
			Violations v = new Violations();
			RiskTier t = TierText.tier(v, "tier", tier, true);
			v.text("reason", reason, RiskTiers.REASON_MAX, true);
			v.throwIfAny();
			tiers.set(subjectId, t, reason);
		});
	}

	@PostMapping("/inspection/tiers/{subjectId}/reset")
	@PreAuthorize("hasAuthority('inspection:tier')")
	String reset(@PathVariable long subjectId, @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return saved(subjectId, model, redirect, () -> tiers.reset(subjectId, reason));
	}

	@PostMapping("/inspection/tiers/{subjectId}/key-supervision")
	@PreAuthorize("hasAuthority('inspection:tier')")
	String listing(@PathVariable long subjectId, @RequestParam(defaultValue = "list") String action,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return saved(subjectId, model, redirect,
				() -> {
					if ("delist".equals(action)) {
						tiers.delistKeySupervision(subjectId, reason);
					}
					else {
						tiers.listKeySupervision(subjectId, reason);
					}
				});
	}

	private String saved(long subjectId, Model model, RedirectAttributes redirect, Runnable action) {
		if (problems.attempt(model, action)) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/inspection/tiers/" + subjectId;
		}
		return subject(subjectId, model);
	}


	private static Long id(String raw) {
		try {
			return Long.parseLong(raw.strip());
		}
		catch (NumberFormatException ex) {
			throw new org.weijian.shared.InvalidValueException("error.field.number");
		}
	}

}
