package org.weijian.inspection.task;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.weijian.agency.InspectorProfile;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.Permission;
import org.weijian.inspection.InspectionOutcome;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.PageQuery;

/** Pages for inspection tasks: my tasks, the scoped list, a task with its result form, results awaiting publication. */
@Controller
class TaskPageController {

	private final Tasks tasks;

	private final CurrentUsers currentUsers;

	private final ApiProblems problems;

	TaskPageController(Tasks tasks, CurrentUsers currentUsers, ApiProblems problems) {
		this.tasks = tasks;
		this.currentUsers = currentUsers;
		this.problems = problems;
	}

	@GetMapping("/inspection/tasks/mine")
	@PreAuthorize("hasAuthority('inspection:task')")
	String mine(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("inspector", tasks.myInspector().orElse(null));
		model.addAttribute("result", tasks.mine(PageQuery.of(page, 50)));
		model.addAttribute("pageUrl", "/inspection/tasks/mine?page=__PAGE__");
		return "inspection/task/mine";
	}

	@GetMapping("/inspection/tasks")
	@PreAuthorize("hasAuthority('inspection:read')")
	String list(@RequestParam(required = false) Long plan, @RequestParam(required = false) String draw,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("draw", draw);
		model.addAttribute("status", status);
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("result", tasks.list(new TaskFilter(plan, draw, status), PageQuery.of(page, 50)));
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/inspection/tasks");
		if (plan != null) {
			url.queryParam("plan", plan);
		}
		if (draw != null && !draw.isBlank()) {
			url.queryParam("draw", draw);
		}
		if (status != null && !status.isBlank()) {
			url.queryParam("status", status);
		}
		model.addAttribute("pageUrl", url.queryParam("page", "__PAGE__").build().toUriString());
		return "inspection/task/tasks";
	}

	@GetMapping("/inspection/results/pending")
	@PreAuthorize("hasAuthority('inspection:publish')")
	String pending(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("result", tasks.awaitingPublication(PageQuery.of(page, 50)));
		model.addAttribute("overdue", tasks.publicationOverdueCount());
		model.addAttribute("pageUrl", "/inspection/results/pending?page=__PAGE__");
		return "inspection/task/pending";
	}

	@GetMapping("/inspection/tasks/{id}")
	@PreAuthorize("hasAnyAuthority('inspection:read', 'inspection:task')")
	String task(@PathVariable long id, Model model) {
		return show(tasks.get(id), model);
	}

	@PostMapping("/inspection/tasks/{id}/complete")
	@PreAuthorize("hasAuthority('inspection:task')")
	String complete(@PathVariable long id, @RequestParam(required = false) String outcome, @RequestParam(required = false) String summary,
			@RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
		TaskResult form = new TaskResult(outcome, summary, version);
		try {
			tasks.complete(id, form);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.violations().stream().map(problems::error).toList());
			model.addAttribute("form", form);
			return show(tasks.get(id), model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/inspection/tasks/" + id;
	}

	@PostMapping("/inspection/tasks/{id}/publish")
	@PreAuthorize("hasAuthority('inspection:publish')")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		tasks.publish(id);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/inspection/tasks/" + id;
	}

	private String show(TaskView task, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("outcomes", InspectionOutcome.values());
		@Nullable InspectorProfile me = currentUsers.find().filter(u -> u.has(Permission.INSPECTION_TASK)).flatMap(u -> tasks.myInspector())
			.orElse(null);
		model.addAttribute("canComplete", me != null && task.status() == TaskStatus.ASSIGNED && task.chosen(me.id()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "inspection/task/task";
	}

}
