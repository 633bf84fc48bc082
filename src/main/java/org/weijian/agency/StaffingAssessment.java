package org.weijian.agency;

/** How a region's inspectors per 10,000 residents compare with the standard. */
public enum StaffingAssessment {

	/** No resident population is recorded for the region or beneath it, so no ratio can be given. */
	NO_POPULATION,
	BELOW, WITHIN, ABOVE;

	public String messageKey() {
		return "staffing.assessment." + name();
	}

}
