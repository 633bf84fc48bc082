package org.weijian.identity;

/**
 * What a role may do. Endpoints ask for one with {@code @PreAuthorize("hasAuthority('registry:read')")};
 * the authority string is {@link #authority()}.
 */
public enum Permission {

	REGION_READ("region:read"), REGION_WRITE("region:write"), AGENCY_READ("agency:read"), AGENCY_WRITE("agency:write"),
	REGISTRY_READ("registry:read"), REGISTRY_WRITE("registry:write"), REGISTRY_IMPORT("registry:import"),
	REGISTRY_EXPORT("registry:export"), REGISTRATION_FILE("registration:file"), REGISTRATION_REVIEW("registration:review"),
	USER_ADMIN("identity:admin"), AUDIT_READ("audit:read"), INSPECTION_READ("inspection:read"),
	INSPECTION_PLAN("inspection:plan"), INSPECTION_APPROVE("inspection:approve"), INSPECTION_DRAW("inspection:draw"),
	INSPECTION_TASK("inspection:task"), INSPECTION_PUBLISH("inspection:publish"), INSPECTION_TIER("inspection:tier"),
	MONITORING_READ("monitoring:read"), MONITORING_RUN("monitoring:run"), MONITORING_REVIEW("monitoring:review"),
	MONITORING_VERIFY("monitoring:verify"), MONITORING_DECIDE("monitoring:decide"), MONITORING_RULES("monitoring:rules"),
	MONITORING_APPEAL("monitoring:appeal");

	private final String authority;

	Permission(String authority) {
		this.authority = authority;
	}

	public String authority() {
		return authority;
	}

}
