package org.weijian.monitoring.rulebase;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Rule-base versions (规则库版本) over REST. */
@RestController
@RequestMapping("/api/v1/monitoring/rulebases")
@Tag(name = "Monitoring rule bases", description = "规则库版本: immutable versions of the rule parameters, each in the ledger")
class RuleBaseApiController {

	private final RuleBases ruleBases;

	RuleBaseApiController(RuleBases ruleBases) {
		this.ruleBases = ruleBases;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "Every version, newest first, with parameters, SHA-256 and ledger entry")
	List<RuleBaseView> list() {
		return ruleBases.all();
	}

	@GetMapping("/{version}")
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "One version")
	RuleBaseView get(@PathVariable String version) {
		return ruleBases.get(version);
	}

	@GetMapping("/{version}/diff")
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "The version's parameters next to those of the version it is based on")
	List<ParameterChange> diff(@PathVariable String version) {
		return ruleBases.diff(version);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('monitoring:rules')")
	@Operation(summary = "Create the next version from basedOn: values keyed RULE_CODE.parameter (all of them) and a note")
	RuleBaseView create(@RequestBody RuleBaseDraft draft) {
		return ruleBases.create(draft);
	}

}
