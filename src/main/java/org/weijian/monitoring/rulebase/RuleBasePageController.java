package org.weijian.monitoring.rulebase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.weijian.monitoring.engine.RuleParameter;
import org.weijian.shared.web.ApiProblems;

/** Pages for rule-base versions: the list, a version with its changes, and the form for a new version. */
@Controller
@RequestMapping("/monitoring/rulebases")
class RuleBasePageController {

	/** Form fields of a parameter are named {@code p.RULE_CODE.parameter}. */
	static final String PREFIX = "p.";

	private final RuleBases ruleBases;

	private final ApiProblems problems;

	RuleBasePageController(RuleBases ruleBases, ApiProblems problems) {
		this.ruleBases = ruleBases;
		this.problems = problems;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('monitoring:read')")
	String list(Model model) {
		model.addAttribute("versions", ruleBases.all());
		return "monitoring/rulebases";
	}

	@GetMapping("/{version}")
	@PreAuthorize("hasAuthority('monitoring:read')")
	String detail(@PathVariable String version, Model model) {
		model.addAttribute("ruleBase", ruleBases.get(version));
		model.addAttribute("changes", ruleBases.diff(version));
		return "monitoring/rulebase";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('monitoring:rules')")
	String newForm(@RequestParam(required = false) String from, Model model) {
		RuleBaseView base = from == null || from.isBlank() ? ruleBases.all().get(0) : ruleBases.get(from);
		Map<String, String> values = new LinkedHashMap<>();
		base.parameters().forEach(p -> values.put(p.ruleCode() + "." + p.parameter(), p.value()));
		return form(model, base, values, null);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('monitoring:rules')")
	String create(@RequestParam MultiValueMap<String, String> request, Model model, RedirectAttributes redirect) {
		Map<String, String> values = new LinkedHashMap<>();
		request.forEach((key, v) -> {
			if (key.startsWith(PREFIX) && !v.isEmpty()) {
				values.put(key.substring(PREFIX.length()), v.get(0));
			}
		});
		String basedOn = request.getFirst("basedOn");
		String note = request.getFirst("note");
		RuleBaseView[] created = new RuleBaseView[1];
		if (problems.attempt(model, () -> created[0] = ruleBases.create(new RuleBaseDraft(basedOn, values, note)))) {
			redirect.addFlashAttribute("notice", "monitoring.rulebase.created");
			return "redirect:/monitoring/rulebases/" + created[0].version();
		}
		RuleBaseView base = ruleBases.find(basedOn == null ? "" : basedOn).orElse(ruleBases.all().get(0));
		return form(model, base, values, note);
	}

	private String form(Model model, RuleBaseView base, Map<String, String> values, @Nullable String note) {
		List<RuleParameter> parameters = base.parameters();
		model.addAttribute("base", base);
		model.addAttribute("parameters", parameters);
		model.addAttribute("values", values);
		model.addAttribute("note", note);
		model.addAttribute("versions", ruleBases.all());
		return "monitoring/rulebase-form";
	}

}
