package org.weijian.registry;

import java.io.IOException;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.web.ApiProblems;

/** The import page (批量导入): upload a file, optionally as a dry run, and see the report. */
@Controller
class ImportPageController {

	static final List<String> KINDS = List.of("institutions", "units", "practitioners");

	private final RegistryImports imports;

	private final ApiProblems problems;

	ImportPageController(RegistryImports imports, ApiProblems problems) {
		this.imports = imports;
		this.problems = problems;
	}

	@GetMapping("/imports")
	@PreAuthorize("hasAuthority('registry:import')")
	String form(Model model) {
		model.addAttribute("kinds", KINDS);
		model.addAttribute("columns", List.of(imports.institutionColumns(), imports.unitColumns(), imports.practitionerColumns()));
		return "registry/imports";
	}

	@PostMapping("/imports")
	@PreAuthorize("hasAuthority('registry:import')")
	String upload(@RequestParam String kind, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Model model) throws IOException {
		model.addAttribute("kind", kind);
		model.addAttribute("dryRun", dryRun);
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.of("file", "error.field.required");
			}
			String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
			ImportReport report = switch (kind) {
				case "units" -> imports.importUnits(name, file.getBytes(), dryRun);
				case "practitioners" -> imports.importPractitioners(name, file.getBytes(), dryRun);
				default -> imports.importInstitutions(name, file.getBytes(), dryRun);
			};
			model.addAttribute("report", report);
			model.addAttribute("errors", report.errors().stream().map(problems::error).toList());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("fileErrors", ex.violations().stream().map(problems::error).toList());
		}
		return form(model);
	}

}
