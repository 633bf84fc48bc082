package org.weijian.identity;

import java.util.EnumSet;
import java.util.Set;

import static org.weijian.identity.Permission.*;

/** The roles of Weijian's users, each granting a fixed set of permissions. */
public enum Role {

	/** 系统管理员 */
	SYSTEM_ADMIN(EnumSet.allOf(Permission.class)),
	/** 科室/局领导 */
	DEPARTMENT_LEADER(EnumSet.of(REGION_READ, REGION_WRITE, AGENCY_READ, AGENCY_WRITE, REGISTRY_READ, REGISTRY_WRITE,
			REGISTRY_IMPORT, REGISTRY_EXPORT, REGISTRATION_REVIEW, INSPECTION_READ, INSPECTION_PLAN, INSPECTION_APPROVE,
			INSPECTION_DRAW, INSPECTION_PUBLISH, INSPECTION_TIER, MONITORING_READ, MONITORING_RUN, MONITORING_REVIEW,
			MONITORING_DECIDE, MONITORING_RULES)),
	/** 卫生监督执法人员 */
	INSPECTOR(EnumSet.of(REGION_READ, AGENCY_READ, REGISTRY_READ, REGISTRY_EXPORT, INSPECTION_READ, INSPECTION_PLAN,
			INSPECTION_TASK, MONITORING_READ, MONITORING_RUN, MONITORING_REVIEW, MONITORING_VERIFY)),
	/** 法制审核人员 */
	LEGAL_REVIEWER(EnumSet.of(REGION_READ, AGENCY_READ, REGISTRY_READ, REGISTRATION_REVIEW, INSPECTION_READ,
			INSPECTION_DRAW, INSPECTION_PUBLISH, MONITORING_READ, MONITORING_REVIEW, MONITORING_DECIDE)),
	/** 投诉举报处理人员 */
	COMPLAINT_HANDLER(EnumSet.of(REGION_READ, AGENCY_READ, REGISTRY_READ, INSPECTION_READ, MONITORING_READ)),
	/** 医疗机构用户 */
	INSTITUTION_USER(EnumSet.of(REGISTRY_READ, REGISTRATION_FILE, MONITORING_APPEAL)),
	/** 数据交换客户端 (other departments' systems) */
	EXCHANGE_CLIENT(EnumSet.of(REGION_READ, AGENCY_READ, REGISTRY_READ, REGISTRY_EXPORT, INSPECTION_READ));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = Set.copyOf(permissions);
	}

	public Set<Permission> permissions() {
		return permissions;
	}

	public String messageKey() {
		return "role." + name();
	}

}
