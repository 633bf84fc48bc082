package org.weijian.monitoring.run;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.weijian.monitoring.dataset.Datasets;
import org.weijian.monitoring.rulebase.RuleBases;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;

/**
 * Pages for runs: a dataset with its runs and the run form, a run (refreshing itself while it is queued or running)
 * with counts per rule, problems, skipped rows and downloads, the replay form, and a replay's difference.
 */
@Controller
@RequestMapping("/monitoring")
class RunPageController {

	/** Seconds between refreshes of a run page while the run is queued or running. */
	static final int REFRESH_SECONDS = 3;

	private final Runs runs;

	private final RunResults results;

	private final Datasets datasets;

	private final RuleBases ruleBases;

	private final ApiProblems problems;

	RunPageController(Runs runs, RunResults results, Datasets datasets, RuleBases ruleBases, ApiProblems problems) {
		this.runs = runs;
		this.results = results;
		this.datasets = datasets;
		this.ruleBases = ruleBases;
		this.problems = problems;
	}

	@GetMapping("/datasets/{id}")
	@PreAuthorize("hasAuthority('monitoring:read')")
	String dataset(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("dataset", datasets.get(id));
		model.addAttribute("runs", runs.page(id, PageQuery.of(page, 50)));
		model.addAttribute("versions", ruleBases.all());
		return "monitoring/dataset";
	}

	@PostMapping("/datasets/{id}/runs")
	@PreAuthorize("hasAuthority('monitoring:run')")
	String request(@PathVariable long id, @RequestParam(required = false) String ruleBaseVersion,
			@RequestParam(required = false) boolean skipBadRows, Model model, RedirectAttributes redirect) {
		RunView[] queued = new RunView[1];
		if (problems.attempt(model, () -> queued[0] = runs.request(id, ruleBaseVersion, skipBadRows))) {
			redirect.addFlashAttribute("notice", "monitoring.run.queued");
			return "redirect:/monitoring/runs/" + queued[0].id();
		}
		return dataset(id, null, model);
	}

	@GetMapping("/runs/{id}")
	@PreAuthorize("hasAuthority('monitoring:read')")
	String run(@PathVariable long id, @RequestParam(required = false) Integer skippedPage,
			@RequestParam(required = false) Integer findingsPage, @RequestParam(required = false) String rule, Model model) {
		RunView run = runs.get(id);
		model.addAttribute("rule", rule);
		model.addAttribute("findings", run.status() == RunStatus.SUCCEEDED
				? results.findings(id, null, rule, PageQuery.of(findingsPage, 50)) : null);
		model.addAttribute("run", run);
		model.addAttribute("refreshSeconds", run.status().finished() ? null : REFRESH_SECONDS);
		model.addAttribute("problemRows", Problem.all(run));
		model.addAttribute("counts", results.counts(id));
		model.addAttribute("skipped", results.skipped(id, PageQuery.of(skippedPage, 50)));
		model.addAttribute("versions", ruleBases.all());
		return "monitoring/run";
	}

	@PostMapping("/runs/{id}/replay")
	@PreAuthorize("hasAuthority('monitoring:run')")
	String replay(@PathVariable long id, @RequestParam(required = false) String ruleBaseVersion, Model model,
			RedirectAttributes redirect) {
		RunView[] queued = new RunView[1];
		if (problems.attempt(model, () -> queued[0] = runs.replay(id, ruleBaseVersion))) {
			redirect.addFlashAttribute("notice", "monitoring.run.queued");
			return "redirect:/monitoring/runs/" + queued[0].id();
		}
		return run(id, null, null, null, model);
	}

	@GetMapping("/runs/{id}/diff")
	@PreAuthorize("hasAuthority('monitoring:read')")
	String diff(@PathVariable long id, @RequestParam(required = false) String change, @RequestParam(required = false) String rule,
			@RequestParam(required = false) Integer page, Model model) {
		RunView run = runs.get(id);
		model.addAttribute("run", run);
		model.addAttribute("summary", results.diff(id));
		model.addAttribute("change", change);
		model.addAttribute("rule", rule);
		model.addAttribute("changes", Change.values());
		problems.attempt(model, () -> model.addAttribute("rows", results.diffRows(id, change, rule, PageQuery.of(page, 50))));
		return "monitoring/diff";
	}

	@GetMapping("/runs/{id}/hits.csv")
	@PreAuthorize("hasAuthority('monitoring:run')")
	void hits(@PathVariable long id, HttpServletResponse response) throws IOException {
		results.downloadable(id);
		RunApiController.csv(response, "hits.csv");
		results.writeHits(id, response.getOutputStream());
	}

	@GetMapping("/runs/{id}/warnings.csv")
	@PreAuthorize("hasAuthority('monitoring:read')")
	void warnings(@PathVariable long id, HttpServletResponse response) throws IOException {
		results.downloadable(id);
		RunApiController.csv(response, "warnings.csv");
		results.writeWarnings(id, response.getOutputStream());
	}

	@GetMapping("/runs/{id}/skipped.csv")
	@PreAuthorize("hasAuthority('monitoring:read')")
	void skipped(@PathVariable long id, HttpServletResponse response) throws IOException {
		runs.get(id);
		RunApiController.csv(response, "skipped.csv");
		results.writeSkipped(id, response.getOutputStream());
	}

	@GetMapping("/runs/{id}/diff.csv")
	@PreAuthorize("hasAuthority('monitoring:read')")
	void diffCsv(@PathVariable long id, @RequestParam(required = false) String change, HttpServletResponse response) throws IOException {
		results.diff(id);
		RunApiController.csv(response, "diff.csv");
		results.writeDiff(id, change, response.getOutputStream());
	}

}
