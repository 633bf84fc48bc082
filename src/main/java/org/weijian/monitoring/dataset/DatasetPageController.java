package org.weijian.monitoring.dataset;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.weijian.identity.CurrentUsers;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;

/** Pages for monitoring datasets: the list and the forms to upload or register one (its detail page lists its runs). */
@Controller
@RequestMapping("/monitoring/datasets")
class DatasetPageController {

	private final Datasets datasets;

	private final MonitoringProperties props;

	private final CurrentUsers currentUsers;

	private final ApiProblems problems;

	DatasetPageController(Datasets datasets, MonitoringProperties props, CurrentUsers currentUsers, ApiProblems problems) {
		this.datasets = datasets;
		this.props = props;
		this.currentUsers = currentUsers;
		this.problems = problems;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('monitoring:read')")
	String list(@RequestParam(required = false) Integer page, Model model) {
		problems.attempt(model, () -> model.addAttribute("result", datasets.page(PageQuery.of(page, 50))));
		return "monitoring/datasets";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('monitoring:run')")
	String newForm(Model model) {
		return form(model, null, null, null);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('monitoring:run')")
	String upload(@RequestParam(required = false) String name, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) @Nullable MultipartFile visits, @RequestParam(required = false) @Nullable MultipartFile fees,
			@RequestParam(required = false) @Nullable MultipartFile kb, @RequestParam(required = false) @Nullable MultipartFile peers,
			Model model, RedirectAttributes redirect) {
		DatasetView[] created = new DatasetView[1];
		if (problems.attempt(model, () -> created[0] = datasets.upload(name, regionCode, DatasetApiController.file(visits),
				DatasetApiController.file(fees), DatasetApiController.file(kb), DatasetApiController.file(peers)))) {
			redirect.addFlashAttribute("notice", "monitoring.dataset.created");
			return "redirect:/monitoring/datasets/" + created[0].id();
		}
		return form(model, name, regionCode, null);
	}

	@PostMapping("/server-path")
	@PreAuthorize("hasAuthority('monitoring:run')")
	String register(@RequestParam(required = false) String name, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String directory, @RequestParam(required = false) String visitsFile,
			@RequestParam(required = false) String feesFile, @RequestParam(required = false) String kbFile,
			@RequestParam(required = false) String peersFile, Model model, RedirectAttributes redirect) {
		DatasetView[] created = new DatasetView[1];
		if (problems.attempt(model, () -> created[0] = datasets
			.register(new ServerPathRequest(name, regionCode, directory, visitsFile, feesFile, kbFile, peersFile)))) {
			redirect.addFlashAttribute("notice", "monitoring.dataset.created");
			return "redirect:/monitoring/datasets/" + created[0].id();
		}
		return form(model, name, regionCode, directory);
	}

	private String form(Model model, @Nullable String name, @Nullable String regionCode, @Nullable String directory) {
		model.addAttribute("name", name);
		model.addAttribute("regionCode", regionCode == null ? currentUsers.scope().regionCode() : regionCode);
		model.addAttribute("directory", directory);
		model.addAttribute("importRoots", props.importRoots());
		return "monitoring/dataset-new";
	}

}
