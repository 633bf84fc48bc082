package org.weijian.registry;

/** A practitioner (从业人员) entered the registry at their primary institution. */
public record PractitionerRegistered(long practitionerId, long institutionId, String regionCode) {
}
