package org.weijian.monitoring.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.monitoring.engine.ClaimHit;
import org.weijian.monitoring.engine.InstitutionWarning;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * What a run produced: counts per rule, findings (masked psn_no), skipped rows, the downloads — {@code hits.csv} and
 * {@code warnings.csv} byte for byte as the {@code monitor} command writes them (header, rows sorted, LF) — and the
 * difference of a replay from its original run. Every read goes through {@link Runs#get} (404 outside the scope).
 */
@Service
public class RunResults {

	private final Runs runs;

	private final FindingStore findings;

	private final DiffStore diffs;

	private final AuditTrail audit;

	RunResults(Runs runs, FindingStore findings, DiffStore diffs, AuditTrail audit) {
		this.runs = runs;
		this.findings = findings;
		this.diffs = diffs;
		this.audit = audit;
	}

	public List<RuleCount> counts(long runId) {
		return findings.counts(runs.get(runId).id());
	}

	public PageResult<SkippedRowView> skipped(long runId, PageQuery query) {
		long id = runs.get(runId).id();
		return PageResult.of(findings.skipped(id, query.size(), query.offset()), query, findings.skippedCount(id));
	}

	public PageResult<FindingView> findings(long runId, @Nullable String level, @Nullable String rule, PageQuery query) {
		long id = runs.get(runId).id();
		String l = blank(level) ? null : level.strip().toUpperCase(java.util.Locale.ROOT);
		if (l != null && !l.equals("HIT") && !l.equals("WARNING")) {
			throw InvalidInputException.of("level", "error.monitoring.run.level", level);
		}
		String r = blank(rule) ? null : rule.strip();
		return PageResult.of(findings.findings(id, l, r, query.size(), query.offset()), query, findings.findingCount(id, l, r));
	}

	/** {@code hits.csv} with the clear psn_no (personal data: audited as an export). */
	@Transactional
	public void writeHits(long runId, OutputStream out) {
		RunView run = succeeded(runId);
		List<ClaimHit> hits = new java.util.ArrayList<>(findings.hits(run.id()));
		hits.sort(Comparator.comparing(ClaimHit::csv));
		write(out, ClaimHit.HEADER, hits.stream().map(ClaimHit::csv).toList());
		audit.record("monitoring.run.hits-exported", Runs.ENTITY, String.valueOf(run.id()), run.regionCode(), null,
				Map.of("rows", hits.size()));
	}

	public void writeWarnings(long runId, OutputStream out) {
		RunView run = succeeded(runId);
		List<InstitutionWarning> warnings = new java.util.ArrayList<>(findings.warnings(run.id()));
		warnings.sort(Comparator.comparing(InstitutionWarning::csv));
		write(out, InstitutionWarning.HEADER, warnings.stream().map(InstitutionWarning::csv).toList());
	}

	public void writeSkipped(long runId, OutputStream out) {
		RunView run = runs.get(runId);
		List<String> rows = new java.util.ArrayList<>();
		findings.eachSkipped(run.id(), s -> rows.add(String.join(",", csv(s.file()), String.valueOf(s.line()), csv(s.column()), csv(s.reason()))));
		write(out, "file,line,column,reason", rows);
	}

	/** The replay's difference from its original run, per rule. */
	public List<DiffSummary> diff(long replayRunId) {
		RunView replay = replay(replayRunId);
		return diffs.summary(replay.comparedRunId(), replay.id());
	}

	public PageResult<DiffRow> diffRows(long replayRunId, @Nullable String change, @Nullable String rule, PageQuery query) {
		RunView replay = replay(replayRunId);
		String c = change(change);
		String r = blank(rule) ? null : rule.strip();
		return PageResult.of(diffs.rows(replay.comparedRunId(), replay.id(), c, r, query.size(), query.offset()), query,
				diffs.count(replay.comparedRunId(), replay.id(), c, r));
	}

	/** The difference as CSV (optionally one kind of change), psn_no masked. */
	public void writeDiff(long replayRunId, @Nullable String change, OutputStream out) {
		RunView replay = replay(replayRunId);
		List<String> rows = new java.util.ArrayList<>();
		diffs.each(replay.comparedRunId(), replay.id(), change(change), d -> rows.add(String.join(",", d.change().name(), d.ruleCode(),
				d.level(), d.fixmedinsCode(), text(d.mdtrtId()), text(d.feedetlSn()), text(d.psnNoMasked()), plain(d.amount()),
				text(d.period()), text(d.hilistCode()), plain(d.valueBefore()), plain(d.thresholdBefore()), plain(d.valueAfter()),
				plain(d.thresholdAfter()))));
		write(out, "change,rule_code,level,fixmedins_code,mdtrt_id,feedetl_sn,psn_no_masked,amount,period,hilist_code,"
				+ "value_before,threshold_before,value_after,threshold_after", rows);
	}

	/** The run if its results can be downloaded: 404 outside the scope, 409 unless SUCCEEDED. */
	public RunView downloadable(long runId) {
		return succeeded(runId);
	}

	private RunView succeeded(long runId) {
		RunView run = runs.get(runId);
		if (run.status() != RunStatus.SUCCEEDED) {
			throw new ConflictException("status", "error.monitoring.run.not-succeeded", run.status().name());
		}
		return run;
	}

	private RunView replay(long runId) {
		RunView run = succeeded(runId);
		if (run.purpose() != RunPurpose.REPLAY || run.comparedRunId() == null) {
			throw new ConflictException("purpose", "error.monitoring.run.not-replay", run.purpose().name());
		}
		return run;
	}

	private static @Nullable String change(@Nullable String change) {
		if (blank(change)) {
			return null;
		}
		try {
			return Change.valueOf(change.strip().toUpperCase(java.util.Locale.ROOT)).name();
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("change", "error.monitoring.run.change", change);
		}
	}

	private static void write(OutputStream out, String header, List<String> rows) {
		try {
			out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
			for (String row : rows) {
				out.write((row + "\n").getBytes(StandardCharsets.UTF_8));
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String csv(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	private static String text(@Nullable String s) {
		return s == null ? "" : csv(s);
	}

	private static String plain(@Nullable BigDecimal d) {
		return d == null ? "" : d.stripTrailingZeros().toPlainString();
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

}
