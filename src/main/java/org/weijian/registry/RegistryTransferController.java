package org.weijian.registry;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.io.TableWriter;
import org.weijian.shared.web.ApiProblems;

/**
 * Bulk import and export of institutions, units and practitioners over REST. An import with any bad row
 * answers 422 with every bad row and writes nothing; a dry run answers 200 with the same report.
 */
@RestController
@RequestMapping("/api/v1")
class RegistryTransferController {

	interface Importer {

		ImportReport run(String fileName, byte[] content, boolean dryRun);

	}

	private final RegistryImports imports;

	private final RegistryExports exports;

	private final ApiProblems problems;

	private final long maxBytes;

	RegistryTransferController(RegistryImports imports, RegistryExports exports, ApiProblems problems,
			@Value("${weijian.registry.import.max-bytes:41943040}") long maxBytes) {
		this.imports = imports;
		this.exports = exports;
		this.problems = problems;
		this.maxBytes = maxBytes;
	}

	@PostMapping("/institutions/import")
	@PreAuthorize("hasAuthority('registry:import')")
	ResponseEntity<Object> importInstitutions(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		return run(file, dryRun, imports::importInstitutions);
	}

	@PostMapping("/units/import")
	@PreAuthorize("hasAuthority('registry:import')")
	ResponseEntity<Object> importUnits(@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun)
			throws IOException {
		return run(file, dryRun, imports::importUnits);
	}

	@PostMapping("/practitioners/import")
	@PreAuthorize("hasAuthority('registry:import')")
	ResponseEntity<Object> importPractitioners(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		return run(file, dryRun, imports::importPractitioners);
	}

	@GetMapping("/institutions/export")
	@PreAuthorize("hasAuthority('registry:export')")
	void exportInstitutions(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) Long grid, HttpServletResponse response)
			throws IOException {
		TableWriter.Format f = TableWriter.Format.parse(format);
		SubjectQuery query = new SubjectQuery(q, SubjectKind.MEDICAL_INSTITUTION, category, region, status(status), grid);
		start(response, f, "institutions");
		exports.exportInstitutions(query, f, response.getOutputStream());
	}

	@GetMapping("/units/export")
	@PreAuthorize("hasAuthority('registry:export')")
	void exportUnits(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) Long grid, HttpServletResponse response)
			throws IOException {
		TableWriter.Format f = TableWriter.Format.parse(format);
		SubjectQuery query = new SubjectQuery(q, SubjectKind.PUBLIC_HEALTH_UNIT, category, region, status(status), grid);
		start(response, f, "units");
		exports.exportUnits(query, f, response.getOutputStream());
	}

	@GetMapping("/practitioners/export")
	@PreAuthorize("hasAuthority('registry:export')")
	void exportPractitioners(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) String profession, @RequestParam(required = false) Long institution,
			@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "false") boolean includePersonalData, HttpServletResponse response) throws IOException {
		TableWriter.Format f = TableWriter.Format.parse(format);
		Profession p = profession == null || profession.isBlank() ? null : parse(Profession.class, "profession", profession);
		PractitionerQuery query = new PractitionerQuery(q, p, institution, region, status);
		start(response, f, "practitioners");
		exports.exportPractitioners(query, f, includePersonalData, response.getOutputStream());
	}

	private ResponseEntity<Object> run(MultipartFile file, boolean dryRun, Importer importer) throws IOException {
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
		if (file.getSize() > maxBytes) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(problems.problem(HttpStatus.CONTENT_TOO_LARGE, "error.upload.too-large", List.of()));
		}
		ImportReport report = importer.run(name, file.getBytes(), dryRun);
		if (!report.ok() && !dryRun) {
			ProblemDetail problem = problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "error.import.rejected", report.errors());
			problem.setDetail(problems.message("error.import.rejected", List.of(report.badRows(), report.rows()), "error.import.rejected"));
			problem.setProperty("fileName", report.fileName());
			problem.setProperty("rows", report.rows());
			problem.setProperty("imported", 0);
			problem.setProperty("errorsTruncated", report.errorsTruncated());
			return ResponseEntity.unprocessableContent().body(problem);
		}
		return ResponseEntity.ok(view(report));
	}

	private Map<String, Object> view(ImportReport report) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("what", report.what());
		out.put("fileName", report.fileName());
		out.put("encoding", report.encoding());
		out.put("rows", report.rows());
		out.put("imported", report.imported());
		out.put("dryRun", report.dryRun());
		out.put("valid", report.ok());
		out.put("badRows", report.badRows());
		out.put("errors", report.errors().stream().map(problems::error).toList());
		out.put("errorsTruncated", report.errorsTruncated());
		return out;
	}

	private static void start(HttpServletResponse response, TableWriter.Format format, String what) {
		response.setContentType(format.contentType);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + what + "." + format.extension + "\"");
	}

	private static @Nullable SubjectStatus status(@Nullable String raw) {
		return raw == null || raw.isBlank() ? null : parse(SubjectStatus.class, "status", raw);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String raw) {
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of(field, "error.field.invalid");
		}
	}

}
