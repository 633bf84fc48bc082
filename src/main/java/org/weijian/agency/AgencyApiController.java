package org.weijian.agency;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Departments, duty lists, inspectors and staffing figures over REST. */
@RestController
@RequestMapping("/api/v1")
class AgencyApiController {

	record Reason(@Nullable String reason) {
	}

	record InspectorDetail(InspectorProfile inspector, List<InspectorStatusChange> history) {
	}

	private final Departments departments;

	private final Inspectors inspectors;

	private final Staffing staffing;

	private final Clock clock;

	AgencyApiController(Departments departments, Inspectors inspectors, Staffing staffing, Clock clock) {
		this.departments = departments;
		this.inspectors = inspectors;
		this.staffing = staffing;
		this.clock = clock;
	}

	@GetMapping("/departments")
	@PreAuthorize("hasAuthority('agency:read')")
	PageResult<DepartmentView> departments(@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return departments.page(new DepartmentFilter(region, kind), PageQuery.of(page, size));
	}

	@GetMapping("/departments/{id}")
	@PreAuthorize("hasAuthority('agency:read')")
	DepartmentView department(@PathVariable long id) {
		return departments.get(id);
	}

	@PostMapping("/departments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('agency:write')")
	DepartmentView create(@RequestBody NewDepartment request) {
		return departments.create(request);
	}

	@PutMapping("/departments/{id}")
	@PreAuthorize("hasAuthority('agency:write')")
	DepartmentView change(@PathVariable long id, @RequestBody DepartmentChange change) {
		return departments.change(id, change);
	}

	@GetMapping("/departments/{id}/duties")
	@PreAuthorize("hasAuthority('agency:read')")
	List<DutyItem> duties(@PathVariable long id) {
		return departments.duties(id);
	}

	@PostMapping("/departments/{id}/duties")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('agency:write')")
	DutyItem addDuty(@PathVariable long id, @RequestBody DutyDraft draft) {
		return departments.addDuty(id, draft);
	}

	@PutMapping("/departments/{id}/duties/{dutyId}")
	@PreAuthorize("hasAuthority('agency:write')")
	DutyItem changeDuty(@PathVariable long id, @PathVariable long dutyId, @RequestBody DutyDraft draft) {
		return departments.changeDuty(id, dutyId, draft);
	}

	@DeleteMapping("/departments/{id}/duties/{dutyId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('agency:write')")
	void removeDuty(@PathVariable long id, @PathVariable long dutyId) {
		departments.removeDuty(id, dutyId);
	}

	@GetMapping("/inspectors")
	@PreAuthorize("hasAuthority('agency:read')")
	PageResult<InspectorProfile> inspectors(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long departmentId, @RequestParam(required = false) String status,
			@RequestParam(required = false) String specialty, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return inspectors.page(new InspectorFilter(q, departmentId, status, specialty, region), PageQuery.of(page, size));
	}

	@GetMapping("/inspectors/eligible")
	@PreAuthorize("hasAuthority('agency:read')")
	List<InspectorProfile> eligible(@RequestParam String region, @RequestParam String category,
			@RequestParam(required = false) LocalDate on) {
		List<InspectorProfile> all = inspectors.eligible(region, category, on == null ? LocalDate.now(clock) : on);
		return all.stream().filter(i -> inspectors.find(i.id()).isPresent()).toList();
	}

	@GetMapping("/inspectors/{id}")
	@PreAuthorize("hasAuthority('agency:read')")
	InspectorDetail inspector(@PathVariable long id) {
		return new InspectorDetail(inspectors.get(id), inspectors.history(id));
	}

	@PostMapping("/inspectors")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('agency:write')")
	InspectorProfile create(@RequestBody NewInspector request) {
		return inspectors.create(request);
	}

	@PutMapping("/inspectors/{id}")
	@PreAuthorize("hasAuthority('agency:write')")
	InspectorProfile change(@PathVariable long id, @RequestBody InspectorChange change) {
		return inspectors.change(id, change);
	}

	@PostMapping("/inspectors/{id}/suspend")
	@PreAuthorize("hasAuthority('agency:write')")
	InspectorProfile suspend(@PathVariable long id, @RequestBody Reason reason) {
		return inspectors.suspend(id, reason.reason());
	}

	@PostMapping("/inspectors/{id}/reactivate")
	@PreAuthorize("hasAuthority('agency:write')")
	InspectorProfile reactivate(@PathVariable long id, @RequestBody Reason reason) {
		return inspectors.reactivate(id, reason.reason());
	}

	@GetMapping("/staffing")
	@PreAuthorize("hasAuthority('agency:read')")
	List<StaffingFigure> staffing(@RequestParam String region) {
		return staffing.byCounty(region);
	}

	@GetMapping("/staffing/standards")
	@PreAuthorize("hasAuthority('agency:read')")
	List<StaffingStandard> standards() {
		return staffing.standards();
	}

	@PutMapping("/staffing/standards")
	@PreAuthorize("hasAuthority('agency:write')")
	StaffingStandard changeStandard(@RequestBody StaffingStandardChange change) {
		return staffing.changeStandard(change);
	}

}
