package org.weijian.monitoring.effectiveness;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.weijian.shared.io.TableWriter;

/** The effectiveness page with its charts, the same over REST, and its CSV export ({@code monitoring:read}). */
@Controller
class EffectivenessController {

	static final List<String> HEADERS = List.of("rule_code", "leads", "confirmed", "dismissed", "rejected_on_appeal", "open",
			"amount_involved", "amount_recovered");

	private final Effectiveness effectiveness;

	EffectivenessController(Effectiveness effectiveness) {
		this.effectiveness = effectiveness;
	}

	@GetMapping("/monitoring/effectiveness")
	@PreAuthorize("hasAuthority('monitoring:read')")
	String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String version, Model model) {
		model.addAttribute("report", effectiveness.report(year, version));
		return "monitoring/effectiveness";
	}

	@GetMapping("/api/v1/monitoring/effectiveness")
	@PreAuthorize("hasAuthority('monitoring:read')")
	@ResponseBody
	EffectivenessReport api(@RequestParam(required = false) Integer year, @RequestParam(required = false) String version) {
		return effectiveness.report(year, version);
	}

	@GetMapping({ "/monitoring/effectiveness.csv", "/api/v1/monitoring/effectiveness.csv" })
	@PreAuthorize("hasAuthority('monitoring:read')")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, @RequestParam(required = false) String version) {
		EffectivenessReport report = effectiveness.report(year, version);
		List<List<String>> rows = new ArrayList<>();
		for (RuleEffectiveness r : report.rows()) {
			rows.add(List.of(r.ruleCode(), String.valueOf(r.leads()), String.valueOf(r.confirmed()), String.valueOf(r.dismissed()),
					String.valueOf(r.rejectedOnAppeal()), String.valueOf(r.open()), r.amountInvolved().toPlainString(),
					r.amountRecovered().toPlainString()));
		}
		String name = "effectiveness" + (year == null ? "" : "-" + year) + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, TableWriter.Format.CSV.contentType)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(TableWriter.toBytes(TableWriter.Format.CSV, HEADERS, rows));
	}

}
