package org.weijian.inspection.plan;

/**
 * A department taking part in a joint inspection plan (部门联合抽查) and how many of its inspectors every
 * task needs.
 */
public record JointDepartment(long departmentId, String departmentCode, String departmentName, int inspectors) {
}
