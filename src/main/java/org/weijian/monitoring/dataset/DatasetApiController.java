package org.weijian.monitoring.dataset;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Monitoring datasets (数据集) over REST: upload, registration from a server path, listing. */
@RestController
@RequestMapping("/api/v1/monitoring/datasets")
@Tag(name = "Monitoring datasets", description = "数据集: settlement extracts uploaded or registered from a server path")
class DatasetApiController {

	private final Datasets datasets;

	DatasetApiController(Datasets datasets) {
		this.datasets = datasets;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "Datasets in the caller's data scope, newest first")
	PageResult<DatasetView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return datasets.page(PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('monitoring:read')")
	@Operation(summary = "One dataset (404 outside the caller's scope)")
	DatasetView get(@PathVariable long id) {
		return datasets.get(id);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('monitoring:run')")
	@Operation(summary = "Upload a dataset: parts visits (mdtrt_d), fees (fee_list_d), kb (hilist_kb), optional peers; name; "
			+ "regionCode (default: the caller's region)")
	DatasetView upload(@RequestParam(required = false) String name, @RequestParam(required = false) String regionCode,
			@RequestPart(required = false) @Nullable MultipartFile visits, @RequestPart(required = false) @Nullable MultipartFile fees,
			@RequestPart(required = false) @Nullable MultipartFile kb, @RequestPart(required = false) @Nullable MultipartFile peers) {
		return datasets.upload(name, regionCode, file(visits), file(fees), file(kb), file(peers));
	}

	@PostMapping(path = "/server-path", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('monitoring:run')")
	@Operation(summary = "Register a dataset in place from a server directory under weijian.monitoring.import-roots")
	DatasetView register(@RequestBody ServerPathRequest request) {
		return datasets.register(request);
	}

	static @Nullable DatasetFile file(@Nullable MultipartFile part) {
		if (part == null || part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isBlank())) {
			return null;
		}
		String name = part.getOriginalFilename() == null ? part.getName() : part.getOriginalFilename();
		return DatasetFile.of(name, part::getInputStream);
	}

}
