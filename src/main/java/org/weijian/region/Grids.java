package org.weijian.region;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.shared.DivisionCode;
import org.weijian.shared.PhoneNumber;
import org.weijian.shared.crypto.PersonalDataCipher;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * The grid API: grids (网格) drawn inside towns and streets and the people who staff them. Reads answer
 * only grids inside the caller's region scope; changes outside it are refused; every change is audited.
 * Other modules check a record's grid with {@link #belongsTo}.
 */
@Service
public class Grids {

	static final int NAME_MAX = 50;

	static final int LAST_SEQUENCE = 999;

	private final GridRepository grids;

	private final Regions regions;

	private final PersonalDataCipher cipher;

	private final AuditTrail audit;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	Grids(GridRepository grids, Regions regions, PersonalDataCipher cipher, AuditTrail audit, CurrentUsers currentUsers,
			Clock clock) {
		this.grids = grids;
		this.regions = regions;
		this.cipher = cipher;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/** The grid, if it exists and lies inside the caller's region scope. */
	public Optional<Grid> find(long id) {
		return grids.find(id).filter(g -> currentUsers.scope().coversRegion(g.townCode()));
	}

	/** The grid inside the caller's scope; 404 otherwise, whether it exists or not. */
	public Grid get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("error.grid.not-found", String.valueOf(id)));
	}

	/** The grids (active and retired) of a town or street inside the caller's scope, in code order. */
	public List<Grid> inTown(String townCode) {
		Region town = regions.get(townCode);
		if (!currentUsers.scope().coversRegion(town.code())) {
			throw new NotFoundException("error.division.unknown", townCode);
		}
		return grids.inTown(town.code());
	}

	/**
	 * The grids in every town beneath the division that the caller may see; a division that neither lies
	 * in the caller's scope nor contains it answers 404.
	 */
	public PageResult<Grid> within(String regionCode, PageQuery query) {
		Region region = regions.get(regionCode);
		DataScope scope = currentUsers.scope();
		boolean inside = scope.coversRegion(region.code());
		boolean above = scope.regionCode() != null && scope.regionCode().startsWith(region.prefix());
		if (!inside && !above) {
			throw new NotFoundException("error.division.unknown", regionCode);
		}
		return PageResult.of(grids.within(region.prefix(), scope.regionPrefix(), query.size(), query.offset()), query,
				grids.countWithin(region.prefix(), scope.regionPrefix()));
	}

	/**
	 * True when the grid exists, is active and its town is the division {@code regionCode} or lies
	 * beneath it. A fact about geography, answered whatever the caller's scope (the caller has checked
	 * its own record's region).
	 */
	public boolean belongsTo(long gridId, String regionCode) {
		Optional<Region> region = regions.find(regionCode);
		return region.isPresent() && grids.find(gridId).filter(Grid::active).map(g -> region.get().covers(g.townCode())).orElse(false);
	}

	/** The grid's staff, current first; phone numbers only masked. */
	public List<GridStaff> staff(long gridId) {
		return grids.staff(get(gridId).id());
	}

	/** Draws a grid in a town or street and hands it the town's next free code. */
	@Transactional
	public Grid create(NewGrid request) {
		Violations v = new Violations();
		String name = request.name() == null ? null : request.name().strip();
		v.require("name", name);
		v.maxLength("name", name, NAME_MAX);
		Region town = null;
		if (request.townCode() == null || request.townCode().isBlank()) {
			v.add("townCode", "error.field.required");
		}
		else {
			try {
				town = regions.find(DivisionCode.of(request.townCode()).value()).orElse(null);
				if (town == null) {
					v.add("townCode", "error.division.unknown", request.townCode());
				}
				else if (town.level() != RegionLevel.TOWN) {
					v.add("townCode", "error.grid.town-only", town.code());
				}
			}
			catch (org.weijian.shared.InvalidValueException ex) {
				v.add(org.weijian.shared.error.Violation.of("townCode", ex));
			}
		}
		v.throwIfAny();
		requireWritable(town.code());
		int last = grids.lockTownAndLastSequence(town.code());
		if (last >= LAST_SEQUENCE) {
			throw new ConflictException("townCode", "error.grid.codes-exhausted", town.code());
		}
		if (grids.activeNameTaken(town.code(), name)) {
			throw new ConflictException("name", "error.grid.name-duplicate", name);
		}
		String code = town.code() + String.format("%03d", last + 1);
		long id = grids.insert(code, name, town.code(), currentUsers.actorName(), clock.instant());
		Grid created = grids.find(id).orElseThrow();
		audit.record("grid.created", "grid", String.valueOf(id), town.code(), null, created);
		return created;
	}

	/** Assigns a person to an active grid; a grid has at most one active 网格长. */
	@Transactional
	public GridStaff assign(long gridId, NewGridStaff request) {
		Grid grid = writable(gridId);
		LocalDate today = LocalDate.now(clock);
		Violations v = new Violations();
		String name = request.name() == null ? null : request.name().strip();
		v.require("name", name);
		v.maxLength("name", name, NAME_MAX);
		PhoneNumber phone = v.parse("phone", request.phone(), PhoneNumber::of);
		GridRole role = null;
		if (request.role() == null || request.role().isBlank()) {
			v.add("role", "error.field.required");
		}
		else {
			role = Arrays.stream(GridRole.values()).filter(r -> r.name().equalsIgnoreCase(request.role().strip())).findFirst().orElse(null);
			if (role == null) {
				v.add("role", "error.grid.role-unknown", request.role());
			}
		}
		LocalDate from = today;
		if (request.fromDate() != null && !request.fromDate().isBlank()) {
			from = date(v, "fromDate", request.fromDate());
			if (from != null && from.isAfter(today)) {
				v.add("fromDate", "error.grid.staff.from-future");
			}
		}
		v.throwIfAny();
		if (!grid.active()) {
			throw new ConflictException("gridId", "error.grid.retired", grid.code());
		}
		if (role == GridRole.GRID_LEADER && grids.hasActiveLeader(grid.id())) {
			throw new ConflictException("role", "error.grid.leader-exists", grid.code());
		}
		String index = cipher.blindIndex(phone.value());
		if (grids.activeWithPhone(grid.id(), index)) {
			throw new ConflictException("phone", "error.grid.staff.duplicate", phone.masked());
		}
		long id = grids.insertStaff(grid.id(), name, cipher.encrypt(phone.value()), index, phone.masked(), role, from,
				currentUsers.actorName(), clock.instant());
		GridStaff assigned = grids.findStaff(id).orElseThrow();
		audit.record("grid.staff-assigned", "grid", String.valueOf(grid.id()), grid.townCode(), null, assigned);
		return assigned;
	}

	/** Ends a current assignment on {@code toDate} (today when null), which lies between its start and today. */
	@Transactional
	public GridStaff end(long gridId, long staffId, @Nullable LocalDate toDate) {
		Grid grid = writable(gridId);
		GridStaff before = grids.findStaff(staffId)
			.filter(s -> s.gridId() == grid.id())
			.orElseThrow(() -> new NotFoundException("error.grid.staff.not-found", String.valueOf(staffId)));
		LocalDate today = LocalDate.now(clock);
		LocalDate to = toDate == null ? today : toDate;
		if (to.isAfter(today)) {
			throw InvalidInputException.of("toDate", "error.grid.staff.to-future");
		}
		if (to.isBefore(before.fromDate())) {
			throw InvalidInputException.of("toDate", "error.grid.staff.to-before-from", before.fromDate());
		}
		if (!before.active() || !grids.endStaff(staffId, to, currentUsers.actorName(), clock.instant())) {
			throw new ConflictException("staffId", "error.grid.staff.ended");
		}
		GridStaff after = grids.findStaff(staffId).orElseThrow();
		audit.record("grid.staff-ended", "grid", String.valueOf(grid.id()), grid.townCode(), before, after);
		return after;
	}

	/** Retires a grid that nobody staffs any more; its code is never handed out again. */
	@Transactional
	public Grid retire(long gridId, int expectedVersion) {
		Grid before = writable(gridId);
		if (!before.active()) {
			throw new ConflictException("gridId", "error.grid.retired", before.code());
		}
		long staffed = grids.activeStaff(before.id());
		if (staffed > 0) {
			throw new ConflictException("gridId", "error.grid.has-staff", before.code(), staffed);
		}
		if (!grids.retire(before.id(), expectedVersion, currentUsers.actorName(), clock.instant())) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		Grid after = grids.find(before.id()).orElseThrow();
		audit.record("grid.retired", "grid", String.valueOf(after.id()), after.townCode(), before, after);
		return after;
	}

	/** The grid locked for a change: 404 when it does not exist, 403 when it lies outside the caller's scope. */
	private Grid writable(long gridId) {
		Grid grid = grids.lock(gridId).orElseThrow(() -> new NotFoundException("error.grid.not-found", String.valueOf(gridId)));
		requireWritable(grid.townCode());
		return grid;
	}

	private void requireWritable(String townCode) {
		DataScope scope = currentUsers.scope();
		if (!scope.coversRegion(townCode) || scope.restrictedToInstitution()) {
			throw new AccessDeniedToScopeException();
		}
	}

	static @Nullable LocalDate date(Violations v, String field, String raw) {
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException ex) {
			v.add(field, "error.field.date");
			return null;
		}
	}

}
