package org.weijian.agency;

import java.time.Instant;

/** A department (部门) as other modules and the API see it. */
public record DepartmentView(long id, String code, String name, DepartmentKind kind, String regionCode, DepartmentStatus status,
		Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, int version) {
}
