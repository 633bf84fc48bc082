package org.weijian.inspection.task;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Inspection tasks over REST: my tasks, the scoped list, recording a result and confirming it for publication. */
@RestController
@RequestMapping("/api/v1/inspection/tasks")
class TaskApiController {

	private final Tasks tasks;

	TaskApiController(Tasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping("/mine")
	@PreAuthorize("hasAuthority('inspection:task')")
	PageResult<TaskView> mine(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return tasks.mine(PageQuery.of(page, size));
	}

	@GetMapping
	@PreAuthorize("hasAuthority('inspection:read')")
	PageResult<TaskView> list(@RequestParam(required = false) Long plan, @RequestParam(required = false) String draw,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return tasks.list(new TaskFilter(plan, draw, status), PageQuery.of(page, size));
	}

	@GetMapping("/awaiting-publication")
	@PreAuthorize("hasAuthority('inspection:publish')")
	PageResult<TaskView> awaiting(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return tasks.awaitingPublication(PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('inspection:read', 'inspection:task')")
	TaskView get(@PathVariable long id) {
		return tasks.get(id);
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize("hasAuthority('inspection:task')")
	TaskView complete(@PathVariable long id, @RequestBody(required = false) @Nullable TaskResult result) {
		return tasks.complete(id, result == null ? new TaskResult(null, null, null) : result);
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasAuthority('inspection:publish')")
	TaskView publish(@PathVariable long id) {
		return tasks.publish(id);
	}

}
