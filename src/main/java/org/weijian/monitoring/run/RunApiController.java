package org.weijian.monitoring.run;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Monitoring runs (运行) and replays (回放) over REST, with their results and downloads. */
@RestController
@RequestMapping("/api/v1/monitoring/runs")
@Tag(name = "Monitoring runs", description = "运行 and 回放: screen a dataset under a rule-base version; findings, downloads, differences")
class RunApiController {

	/** Body of a run request. */
	record RunRequest(@Nullable Long datasetId, @Nullable String ruleBaseVersion, @Nullable Boolean skipBadRows) {
	}

	/** Body of a replay request. */
	record ReplayRequest(@Nullable String ruleBaseVersion) {
	}

	private final Runs runs;

	private final RunResults results;

	RunApiController(Runs runs, RunResults results) {
		this.runs = runs;
		this.results = results;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "Runs in the caller's scope (optionally of one dataset), newest first")
	PageResult<RunView> list(@RequestParam(required = false) Long datasetId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return runs.page(datasetId, PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAuthority('monitoring:run')")
	@Operation(summary = "Queue a MONITOR run (409 when the dataset already has one for that version)")
	RunView request(@RequestBody RunRequest body) {
		if (body.datasetId() == null) {
			throw org.weijian.shared.error.InvalidInputException.of("datasetId", "error.field.required");
		}
		return runs.request(body.datasetId(), body.ruleBaseVersion(), Boolean.TRUE.equals(body.skipBadRows()));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "One run: status, progress, problems, counts")
	RunView get(@PathVariable long id) {
		return runs.get(id);
	}

	@GetMapping("/{id}/rules")
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "Findings per rule code")
	List<RuleCount> counts(@PathVariable long id) {
		return results.counts(id);
	}

	@GetMapping("/{id}/findings")
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "Findings (psn_no masked), optionally of one level (HIT/WARNING) and rule")
	PageResult<FindingView> findings(@PathVariable long id, @RequestParam(required = false) String level,
			@RequestParam(required = false) String rule, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return results.findings(id, level, rule, PageQuery.of(page, size));
	}

	@GetMapping("/{id}/skipped")
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "Rows left out at the user's request (file, line, column, reason)")
	PageResult<SkippedRowView> skipped(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return results.skipped(id, PageQuery.of(page, size));
	}

	@GetMapping("/{id}/hits.csv")
	@PreAuthorize("hasAuthority('monitoring:run')")
	@Operation(summary = "hits.csv exactly as the monitor command writes it (clear psn_no; audited)")
	void hits(@PathVariable long id, HttpServletResponse response) throws IOException {
		results.downloadable(id); // 404/409 before any header is written
		csv(response, "hits.csv");
		results.writeHits(id, response.getOutputStream());
	}

	@GetMapping("/{id}/warnings.csv")
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "warnings.csv exactly as the monitor command writes it")
	void warnings(@PathVariable long id, HttpServletResponse response) throws IOException {
		results.downloadable(id);
		csv(response, "warnings.csv");
		results.writeWarnings(id, response.getOutputStream());
	}

	@GetMapping("/{id}/skipped.csv")
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "The skipped rows as CSV")
	void skippedCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
		results.counts(id);
		csv(response, "skipped.csv");
		results.writeSkipped(id, response.getOutputStream());
	}

	@PostMapping("/{id}/replay")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAuthority('monitoring:run')")
	@Operation(summary = "Queue a REPLAY of the run's dataset under another version (no leads)")
	RunView replay(@PathVariable long id, @RequestBody ReplayRequest body) {
		return runs.replay(id, body.ruleBaseVersion());
	}

	@GetMapping("/{id}/diff")
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "A replay's difference from its original run, per rule")
	List<DiffSummary> diff(@PathVariable long id) {
		return results.diff(id);
	}

	@GetMapping("/{id}/diff/rows")
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "The findings of the difference, optionally of one change (ADDED/REMOVED/CHANGED/UNCHANGED) and rule")
	PageResult<DiffRow> diffRows(@PathVariable long id, @RequestParam(required = false) String change,
			@RequestParam(required = false) String rule, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return results.diffRows(id, change, rule, PageQuery.of(page, size));
	}

	@GetMapping("/{id}/diff.csv")
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "The difference as CSV (psn_no masked)")
	void diffCsv(@PathVariable long id, @RequestParam(required = false) String change, HttpServletResponse response) throws IOException {
		results.diff(id);
		csv(response, "diff.csv");
		results.writeDiff(id, change, response.getOutputStream());
	}

	static void csv(HttpServletResponse response, String fileName) {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
	}

}
