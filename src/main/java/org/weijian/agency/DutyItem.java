package org.weijian.agency;

/** One item of a department's responsibility list (权责清单), filed under a supervision domain. */
public record DutyItem(long id, long departmentId, SupervisionDomain domain, String text, String legalBasis, int version) {
}
