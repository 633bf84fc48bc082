package org.weijian.registry;

/** 执业类别 of a practitioner: 医师, 护士, 药师, 医技人员. */
public enum Profession {

	PHYSICIAN, NURSE, PHARMACIST, TECHNICIAN;

	public String messageKey() {
		return "practitioner.profession." + name();
	}

}
